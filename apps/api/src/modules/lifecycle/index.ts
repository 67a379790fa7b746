import { defineModule } from '../../common/feature-module.js';
import { ExpectedReleasesResolver } from './expected-releases.resolver.js';
import {
  CaseTransferResolver,
  LifecycleResolver,
  ReceptionResolver,
  ReturneeLifecycleResolver,
} from './lifecycle.resolver.js';
import { createLifecycleLoaders } from './lifecycle.loaders.js';

export const lifecycleModule = defineModule({
  name: 'lifecycle',
  resolvers: [
    ExpectedReleasesResolver,
    CaseTransferResolver,
    LifecycleResolver,
    ReceptionResolver,
    ReturneeLifecycleResolver,
  ],
  loaders: createLifecycleLoaders,
});
