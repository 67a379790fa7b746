import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Support } from './support.entity.js';

export interface SupportLoaders {
  /** Every support action for a person, latest start first. */
  supportsByReturnee: DataLoader<string, Support[]>;
}

export function createSupportLoaders(dataSource: DataSource): SupportLoaders {
  return {
    supportsByReturnee: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(Support).find({
        where: { returneeId: In([...ids]) },
        order: { startedOn: 'DESC', createdAt: 'DESC' },
      });
      const groups = new Map<string, Support[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get(row.returneeId)?.push(row);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends SupportLoaders {}
}
