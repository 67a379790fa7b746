import { defineModule } from '../../common/feature-module.js';
import { AdminUserResolver } from './admin.resolver.js';

export const adminModule = defineModule({
  name: 'admin',
  resolvers: [AdminUserResolver],
});
