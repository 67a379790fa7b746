import { defineModule } from '../../common/feature-module.js';
import { EmploymentPeriod } from './employment-period.entity.js';
import { EmploymentPeriodResolver, ReturneeEmploymentResolver } from './employment.resolver.js';
import { createEmploymentLoaders } from './employment.loaders.js';

export const employmentModule = defineModule({
  name: 'employment',
  entities: [EmploymentPeriod],
  resolvers: [EmploymentPeriodResolver, ReturneeEmploymentResolver],
  loaders: createEmploymentLoaders,
});
