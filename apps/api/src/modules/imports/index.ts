import { defineModule } from '../../common/feature-module.js';
import { ImportJob } from './import-job.entity.js';
import { ImportTemplate } from './import-template.entity.js';
import { ImportTemplateResolver } from './import-template.resolver.js';
import { importJob, importPurgeJob } from './import.jobs.js';
import { ImportResolver } from './import.resolver.js';

export const importsModule = defineModule({
  name: 'imports',
  entities: [ImportJob, ImportTemplate],
  resolvers: [ImportResolver, ImportTemplateResolver],
  jobs: [importJob, importPurgeJob],
});
