import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloaders.js';
import { Organisation } from './organisation.entity.js';

export interface OrganisationLoaders {
  /** Organisations by id (helpers', providers', signatories', employers'). */
  organisationById: DataLoader<string, Organisation | null>;
}

export function createOrganisationLoaders(dataSource: DataSource): OrganisationLoaders {
  return { organisationById: byIdLoader(dataSource, Organisation) };
}

declare module '../../context.js' {
  interface Loaders extends OrganisationLoaders {}
}
