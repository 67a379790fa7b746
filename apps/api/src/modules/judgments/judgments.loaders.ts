import DataLoader from 'dataloader';
import { type DataSource, type FindOptionsOrder, In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Conviction } from './conviction.entity.js';
import { Obligation } from './obligation.entity.js';
import { SupplementaryPenalty } from './supplementary-penalty.entity.js';

export interface JudgmentsLoaders {
  /** A person's convictions, latest judgment first. */
  convictionsByReturnee: DataLoader<string, Conviction[]>;
  supplementaryPenaltiesByConviction: DataLoader<string, SupplementaryPenalty[]>;
  obligationsByConviction: DataLoader<string, Obligation[]>;
}

/** One query for all the parents asked for in a request, grouped back per parent id. */
export function groupedLoader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const parent = row[key] as string;
      const list = byParent.get(parent) ?? [];
      list.push(row);
      byParent.set(parent, list);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function createJudgmentsLoaders(dataSource: DataSource): JudgmentsLoaders {
  return {
    convictionsByReturnee: groupedLoader(dataSource, Conviction, 'returneeId', {
      judgmentDate: 'DESC',
      createdAt: 'DESC',
    }),
    supplementaryPenaltiesByConviction: groupedLoader(dataSource, SupplementaryPenalty, 'convictionId', {
      startsOn: 'ASC',
      createdAt: 'ASC',
    }),
    obligationsByConviction: groupedLoader(dataSource, Obligation, 'convictionId', { createdAt: 'ASC' }),
  };
}

declare module '../../context.js' {
  interface Loaders extends JudgmentsLoaders {}
}
