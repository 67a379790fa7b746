import { defineModule } from '../../common/feature-module.js';
import { Support } from './support.entity.js';
import { SupportResolver } from './support.resolver.js';
import { createSupportLoaders } from './support.loaders.js';

export const supportModule = defineModule({
  name: 'support',
  entities: [Support],
  resolvers: [SupportResolver],
  loaders: createSupportLoaders,
});
