import { defineModule } from '../../common/feature-module.js';
import { minimiseJob, retentionPurgeJob } from './minimisation.jobs.js';
import { MinimisationResolver } from './minimisation.resolver.js';
import { ReturneeMinimisation } from './returnee-minimisation.entity.js';

/** Data minimisation and retention (docs/security.md, Retention). */
export const minimisationModule = defineModule({
  name: 'minimisation',
  entities: [ReturneeMinimisation],
  resolvers: [MinimisationResolver],
  jobs: [minimiseJob, retentionPurgeJob],
});
