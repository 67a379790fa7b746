import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloaders.js';
import { DataSharingAgreement } from './agreement.entity.js';

export interface AgreementLoaders {
  /** Agreements by id (the agreement a service key works under). */
  agreementById: DataLoader<string, DataSharingAgreement | null>;
}

export function createAgreementLoaders(dataSource: DataSource): AgreementLoaders {
  return { agreementById: byIdLoader(dataSource, DataSharingAgreement) };
}

declare module '../../context.js' {
  interface Loaders extends AgreementLoaders {}
}
