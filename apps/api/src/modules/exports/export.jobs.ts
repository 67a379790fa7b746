import { defineJob } from '../../jobs/job.js';
import { runExport } from './export-run.js';

/** Writes one export's file (export-run.ts); asked for by `startExport`. */
export const exportJob = defineJob<{ exportJobId: string }>({
  name: 'export',
  onDemand: true,
  timeoutSeconds: 30 * 60,
  run: async (ctx, run) => runExport(ctx, run, run.data.exportJobId),
});

/**
 * Hourly: empties the files past their 24 hours (the job's row stays as the record of what left),
 * and fails the runs a stopped process left RUNNING past the job's time limit.
 */
export const exportPurgeJob = defineJob({
  name: 'export-purge',
  cron: '17 * * * *',
  run: async (ctx) => {
    await ctx.db.query(`UPDATE export_job SET content = NULL WHERE content IS NOT NULL AND expires_at < now()`);
    await ctx.db.query(
      `UPDATE export_job SET status = 'FAILED', failure_reason = 'TIMEOUT', finished_at = now(), updated_at = now(),
         version = version + 1
       WHERE status = 'RUNNING' AND started_at < now() - interval '35 minutes'`,
    );
  },
});
