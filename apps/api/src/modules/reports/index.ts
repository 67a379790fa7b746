import { defineModule } from '../../common/feature-module.js';
import { ReportSubmission } from './report-submission.entity.js';
import { ReportSubmissionResolver } from './report-submission.resolver.js';

export const reportsModule = defineModule({
  name: 'reports',
  entities: [ReportSubmission],
  resolvers: [ReportSubmissionResolver],
});
