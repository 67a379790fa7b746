import { defineJob } from '../../jobs/job.js';
import { sealAuditLog } from './audit-seal.js';

/** Chains the audit rows written since the last run: a couple of seconds behind the requests. */
export const auditSealJob = defineJob({
  name: 'audit-seal',
  repeatAfterSeconds: 2,
  // Should every node stop asking (a crash between runs), the schedule starts it again.
  cron: '* * * * *',
  timeoutSeconds: 60,
  run: async (ctx) => {
    await sealAuditLog(ctx.db.connection);
  },
});

/** Once an hour, seals rows whose transaction committed too late for the regular run's window. */
export const auditSweepJob = defineJob({
  name: 'audit-seal-sweep',
  cron: '17 * * * *',
  timeoutSeconds: 15 * 60,
  run: async (ctx) => {
    await sealAuditLog(ctx.db.connection, { sweep: true });
  },
});
