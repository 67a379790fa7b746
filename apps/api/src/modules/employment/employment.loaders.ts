import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { EmploymentPeriod } from './employment-period.entity.js';

export interface EmploymentLoaders {
  /** All of a person's employment periods, newest first. */
  employmentPeriodsByReturnee: DataLoader<string, EmploymentPeriod[]>;
}

export function createEmploymentLoaders(dataSource: DataSource): EmploymentLoaders {
  return {
    employmentPeriodsByReturnee: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(EmploymentPeriod).find({
        where: { returneeId: In([...ids]) },
        order: { startedOn: 'DESC', createdAt: 'DESC' },
      });
      const byReturnee = new Map<string, EmploymentPeriod[]>();
      for (const row of rows) {
        const list = byReturnee.get(row.returneeId) ?? [];
        list.push(row);
        byReturnee.set(row.returneeId, list);
      }
      return ids.map((id) => byReturnee.get(id) ?? []);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends EmploymentLoaders {}
}
