import { defineModule } from '../../common/feature-module.js';
import { CaseClosure } from './case-closure.entity.js';
import { CaseTransfer } from './case-transfer.entity.js';
import { Classification } from './classification.entity.js';
import { Conviction } from './conviction.entity.js';
import { EmploymentPeriod } from './employment-period.entity.js';
import { Incident } from './incident.entity.js';
import { Obligation } from './obligation.entity.js';
import { Reception } from './reception.entity.js';
import { ReleaseNotice } from './release-notice.entity.js';
import { Release } from './release.entity.js';
import { Returnee } from './returnee.entity.js';
import { ReturneeResolver } from './returnee.resolver.js';
import { SupplementaryPenalty } from './supplementary-penalty.entity.js';
import { createReturneeLoaders } from './returnee.loaders.js';

export const returneesModule = defineModule({
  name: 'returnees',
  entities: [
    CaseClosure,
    CaseTransfer,
    Classification,
    Conviction,
    EmploymentPeriod,
    Incident,
    Obligation,
    Reception,
    Release,
    ReleaseNotice,
    Returnee,
    SupplementaryPenalty,
  ],
  resolvers: [ReturneeResolver],
  loaders: createReturneeLoaders,
});
