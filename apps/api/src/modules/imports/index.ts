import { defineModule } from '../../common/feature-module.js';
import { ImportJob } from './import-job.entity.js';
import { importJob, importPurgeJob } from './import.jobs.js';
import { ImportResolver } from './import.resolver.js';

export const importsModule = defineModule({
  name: 'imports',
  entities: [ImportJob],
  resolvers: [ImportResolver],
  jobs: [importJob, importPurgeJob],
});
