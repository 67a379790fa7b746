import { defineModule } from '../../common/feature-module.js';
import { ImportFlag } from './import-flag.entity.js';
import { ImportFlagResolver } from './import-flag.resolver.js';
import { ImportJob } from './import-job.entity.js';
import { ImportTemplate } from './import-template.entity.js';
import { ImportTemplateResolver } from './import-template.resolver.js';
import { importJob, importPurgeJob } from './import.jobs.js';
import { ImportResolver } from './import.resolver.js';

export const importsModule = defineModule({
  name: 'imports',
  entities: [ImportJob, ImportTemplate, ImportFlag],
  resolvers: [ImportResolver, ImportTemplateResolver, ImportFlagResolver],
  jobs: [importJob, importPurgeJob],
});
