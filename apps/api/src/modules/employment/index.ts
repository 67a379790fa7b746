import { defineModule } from '../../common/feature-module.js';
import { EmploymentPeriodResolver, ReturneeEmploymentResolver } from './employment.resolver.js';
import { createEmploymentLoaders } from './employment.loaders.js';

export const employmentModule = defineModule({
  name: 'employment',
  resolvers: [EmploymentPeriodResolver, ReturneeEmploymentResolver],
  loaders: createEmploymentLoaders,
});
