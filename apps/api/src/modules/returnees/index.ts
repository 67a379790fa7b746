import { defineModule } from '../../common/feature-module.js';
import { Returnee } from './returnee.entity.js';
import { ReturneeResolver } from './returnee.resolver.js';
import { ReturneeMergeResolver } from './returnee-merge.resolver.js';
import { createReturneeLoaders } from './returnee.loaders.js';

export const returneesModule = defineModule({
  name: 'returnees',
  entities: [Returnee],
  resolvers: [ReturneeResolver, ReturneeMergeResolver],
  loaders: createReturneeLoaders,
});
