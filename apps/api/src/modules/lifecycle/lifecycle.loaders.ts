import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders.js';
import { CaseClosure } from './case-closure.entity.js';
import { CaseTransfer } from './case-transfer.entity.js';
import { Classification } from './classification.entity.js';
import { Incident } from './incident.entity.js';
import { Reception } from './reception.entity.js';
import { Release } from './release.entity.js';
import { ReleaseNotice } from './release-notice.entity.js';

/** Each person's lifecycle records, one statement per kind for a whole page of people. */
export interface LifecycleLoaders {
  releaseNoticesByReturnee: DataLoader<string, ReleaseNotice[]>;
  releasesByReturnee: DataLoader<string, Release[]>;
  receptionsByReturnee: DataLoader<string, Reception[]>;
  closuresByReturnee: DataLoader<string, CaseClosure[]>;
  incidentsByReturnee: DataLoader<string, Incident[]>;
  classificationsByReturnee: DataLoader<string, Classification[]>;
  transfersByReturnee: DataLoader<string, CaseTransfer[]>;
}

export function createLifecycleLoaders(dataSource: DataSource): LifecycleLoaders {
  return {
    releaseNoticesByReturnee: groupedLoader(dataSource, ReleaseNotice, 'returneeId', {
      receivedOn: 'ASC',
      createdAt: 'ASC',
    }),
    releasesByReturnee: groupedLoader(dataSource, Release, 'returneeId', { releasedOn: 'ASC', createdAt: 'ASC' }),
    receptionsByReturnee: groupedLoader(dataSource, Reception, 'returneeId', { receivedOn: 'ASC', createdAt: 'ASC' }),
    closuresByReturnee: groupedLoader(dataSource, CaseClosure, 'returneeId', { closedOn: 'ASC', createdAt: 'ASC' }),
    incidentsByReturnee: groupedLoader(dataSource, Incident, 'returneeId', { occurredOn: 'ASC', createdAt: 'ASC' }),
    classificationsByReturnee: groupedLoader(dataSource, Classification, 'returneeId', {
      periodStart: 'ASC',
      createdAt: 'ASC',
    }),
    transfersByReturnee: groupedLoader(dataSource, CaseTransfer, 'returneeId', {
      transferredOn: 'ASC',
      createdAt: 'ASC',
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends LifecycleLoaders {}
}
