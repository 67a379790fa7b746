import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders.js';
import { Support } from './support.entity.js';

export interface SupportLoaders {
  /** Every support action for a person, latest start first. */
  supportsByReturnee: DataLoader<string, Support[]>;
}

export function createSupportLoaders(dataSource: DataSource): SupportLoaders {
  return {
    supportsByReturnee: groupedLoader(dataSource, Support, 'returneeId', { startedOn: 'DESC', createdAt: 'DESC' }),
  };
}

declare module '../../context.js' {
  interface Loaders extends SupportLoaders {}
}
