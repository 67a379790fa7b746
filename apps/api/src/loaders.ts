import type { DataSource } from 'typeorm';
import { createReturneeLoaders, type ReturneeLoaders } from './modules/returnees/returnee.loaders.js';
import { createUnitLoaders, type UnitLoaders } from './modules/units/units.loaders.js';

/** Every per-request DataLoader. A module adds its own by extending this type and the factory. */
export type Loaders = UnitLoaders & ReturneeLoaders;

export function createLoaders(dataSource: DataSource): Loaders {
  return { ...createUnitLoaders(dataSource), ...createReturneeLoaders(dataSource) };
}
