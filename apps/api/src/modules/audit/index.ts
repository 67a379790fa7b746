import { defineModule } from '../../common/feature-module.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventResolver, ReturneeAccessHistoryResolver } from './audit.resolver.js';
import { auditSealJob, auditSweepJob } from './audit.jobs.js';
import { createAuditLoaders } from './audit.loaders.js';

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditEventResolver, ReturneeAccessHistoryResolver],
  loaders: createAuditLoaders,
  jobs: [auditSealJob, auditSweepJob],
});
