import { defineModule } from '../../common/feature-module.js';
import { ConvictionResolver, ReturneeJudgmentsResolver } from './judgments.resolver.js';
import { createJudgmentsLoaders } from './judgments.loaders.js';

export const judgmentsModule = defineModule({
  name: 'judgments',
  resolvers: [ConvictionResolver, ReturneeJudgmentsResolver],
  loaders: createJudgmentsLoaders,
});
