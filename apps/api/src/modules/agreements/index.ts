import { defineModule } from '../../common/feature-module.js';
import { DataSharingAgreement } from './agreement.entity.js';

export const agreementsModule = defineModule({
  name: 'agreements',
  entities: [DataSharingAgreement],
  resolvers: [],
});
