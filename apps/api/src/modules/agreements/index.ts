import { defineModule } from '../../common/feature-module.js';
import { DataSharingAgreement } from './agreement.entity.js';
import { createAgreementLoaders } from './agreement.loaders.js';
import { AgreementResolver } from './agreement.resolver.js';

export const agreementsModule = defineModule({
  name: 'agreements',
  entities: [DataSharingAgreement],
  resolvers: [AgreementResolver],
  loaders: createAgreementLoaders,
});
