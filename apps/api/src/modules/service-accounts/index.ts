import { defineModule } from '../../common/feature-module.js';
import { ServiceAccount } from './service-account.entity.js';
import { ServiceAccountResolver } from './service-account.resolver.js';

export const serviceAccountsModule = defineModule({
  name: 'service-accounts',
  entities: [ServiceAccount],
  resolvers: [ServiceAccountResolver],
});
