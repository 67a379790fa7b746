import { defineModule } from '../../common/feature-module.js';
import { Conviction } from './conviction.entity.js';
import { Obligation } from './obligation.entity.js';
import { SupplementaryPenalty } from './supplementary-penalty.entity.js';
import { ConvictionResolver, ReturneeJudgmentsResolver } from './judgments.resolver.js';
import { createJudgmentsLoaders } from './judgments.loaders.js';

export const judgmentsModule = defineModule({
  name: 'judgments',
  entities: [Conviction, Obligation, SupplementaryPenalty],
  resolvers: [ConvictionResolver, ReturneeJudgmentsResolver],
  loaders: createJudgmentsLoaders,
});
