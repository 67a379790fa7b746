import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type FindOptionsOrder, In, type ObjectLiteral } from 'typeorm';
import { CaseClosure } from './case-closure.entity.js';
import { CaseTransfer } from './case-transfer.entity.js';
import { Classification } from './classification.entity.js';
import { Incident } from './incident.entity.js';
import { Reception } from './reception.entity.js';
import { Release } from './release.entity.js';
import { ReleaseNotice } from './release-notice.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** Each person's lifecycle records, one statement per kind for a whole page of people. */
export interface LifecycleLoaders {
  releaseNoticesByReturnee: DataLoader<string, ReleaseNotice[]>;
  releasesByReturnee: DataLoader<string, Release[]>;
  receptionsByReturnee: DataLoader<string, Reception[]>;
  closuresByReturnee: DataLoader<string, CaseClosure[]>;
  incidentsByReturnee: DataLoader<string, Incident[]>;
  classificationsByReturnee: DataLoader<string, Classification[]>;
  transfersByReturnee: DataLoader<string, CaseTransfer[]>;
  /** The person a release notice is about, for a whole list of notices at once. */
  returneeById: DataLoader<string, Returnee | null>;
}

/** Rows of `entity` for the requested people, grouped by `returneeId`, in `order`. */
function byReturnee<T extends ObjectLiteral & { returneeId: string }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({
      where: { returneeId: In([...ids]) } as never,
      order,
    });
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get(row.returneeId)?.push(row);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

export function createLifecycleLoaders(dataSource: DataSource): LifecycleLoaders {
  return {
    releaseNoticesByReturnee: byReturnee(dataSource, ReleaseNotice, { receivedOn: 'ASC', createdAt: 'ASC' }),
    releasesByReturnee: byReturnee(dataSource, Release, { releasedOn: 'ASC', createdAt: 'ASC' }),
    receptionsByReturnee: byReturnee(dataSource, Reception, { receivedOn: 'ASC', createdAt: 'ASC' }),
    closuresByReturnee: byReturnee(dataSource, CaseClosure, { closedOn: 'ASC', createdAt: 'ASC' }),
    incidentsByReturnee: byReturnee(dataSource, Incident, { occurredOn: 'ASC', createdAt: 'ASC' }),
    classificationsByReturnee: byReturnee(dataSource, Classification, { periodStart: 'ASC', createdAt: 'ASC' }),
    transfersByReturnee: byReturnee(dataSource, CaseTransfer, { transferredOn: 'ASC', createdAt: 'ASC' }),
    returneeById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(Returnee).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends LifecycleLoaders {}
}
