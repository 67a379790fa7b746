import { defineModule } from '../../common/feature-module.js';
import { ExportJob } from './export-job.entity.js';
import { exportJob, exportPurgeJob } from './export.jobs.js';
import { ExportResolver } from './export.resolver.js';

export const exportsModule = defineModule({
  name: 'exports',
  entities: [ExportJob],
  resolvers: [ExportResolver],
  jobs: [exportJob, exportPurgeJob],
});
