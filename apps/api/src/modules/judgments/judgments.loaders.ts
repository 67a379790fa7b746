import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders.js';
import { Conviction } from './conviction.entity.js';
import { Obligation } from './obligation.entity.js';
import { SupplementaryPenalty } from './supplementary-penalty.entity.js';

export interface JudgmentsLoaders {
  /** A person's convictions, latest judgment first. */
  convictionsByReturnee: DataLoader<string, Conviction[]>;
  supplementaryPenaltiesByConviction: DataLoader<string, SupplementaryPenalty[]>;
  obligationsByConviction: DataLoader<string, Obligation[]>;
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
