import { defineModule } from '../../common/feature-module.js';
import { CaseClosure } from './case-closure.entity.js';
import { CaseTransfer } from './case-transfer.entity.js';
import { Classification } from './classification.entity.js';
import { Incident } from './incident.entity.js';
import { Reception } from './reception.entity.js';
import { Release } from './release.entity.js';
import { ReleaseNotice } from './release-notice.entity.js';
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
  entities: [CaseClosure, CaseTransfer, Classification, Incident, Reception, Release, ReleaseNotice],
  resolvers: [
    ExpectedReleasesResolver,
    CaseTransferResolver,
    LifecycleResolver,
    ReceptionResolver,
    ReturneeLifecycleResolver,
  ],
  loaders: createLifecycleLoaders,
});
