import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders.js';
import { EmploymentPeriod } from './employment-period.entity.js';

export interface EmploymentLoaders {
  /** All of a person's employment periods, newest first. */
  employmentPeriodsByReturnee: DataLoader<string, EmploymentPeriod[]>;
}

export function createEmploymentLoaders(dataSource: DataSource): EmploymentLoaders {
  return {
    employmentPeriodsByReturnee: groupedLoader(dataSource, EmploymentPeriod, 'returneeId', {
      startedOn: 'DESC',
      createdAt: 'DESC',
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends EmploymentLoaders {}
}
