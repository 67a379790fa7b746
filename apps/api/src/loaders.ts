import type { DataSource } from 'typeorm';
import type { Loaders } from './context.js';
import { MODULES } from './modules/index.js';

/** Every module's per-request DataLoaders (see `FeatureModule.loaders`), new for each request. */
export function createLoaders(dataSource: DataSource): Loaders {
  const all = {} as Loaders;
  for (const module of MODULES) Object.assign(all, module.loaders?.(dataSource, all));
  return all;
}
