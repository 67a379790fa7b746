import { defineModule } from '../../common/feature-module.js';
import { PersonArchiveJob } from './person-archive-job.entity.js';
import { personArchiveJob, personArchivePurgeJob } from './person-archive.jobs.js';
import { PersonFileRead } from './person-file-read.entity.js';
import { PersonArchiveResolver, PersonFileResolver } from './person-file.resolver.js';

export const personFileModule = defineModule({
  name: 'person-file',
  entities: [PersonFileRead, PersonArchiveJob],
  resolvers: [PersonFileResolver, PersonArchiveResolver],
  jobs: [personArchiveJob, personArchivePurgeJob],
});
