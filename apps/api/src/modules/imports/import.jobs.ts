import { defineJob } from '../../jobs/job.js';
import { runImport } from './import-run.js';

/** How long a flagged row waits for its decision. */
export const IMPORT_FLAG_DAYS = 30;

/** Imports one uploaded file (import-run.ts); asked for by `POST /imports`. */
export const importJob = defineJob<{ importJobId: string }>({
  name: 'import',
  onDemand: true,
  timeoutSeconds: 30 * 60,
  run: async (ctx, run) => runImport(ctx, run, run.data.importJobId),
});

/**
 * Hourly: empties reports past their 7 days (the job's row stays as the record of what came in),
 * deletes the rows kept for a decision 30 days after their import (decided or not: what they held
 * is then in the person's file or was never wanted), and fails runs a stopped process left RUNNING
 * past the job's time limit.
 */
export const importPurgeJob = defineJob({
  name: 'import-purge',
  cron: '23 * * * *',
  run: async (ctx) => {
    await ctx.db.query(`UPDATE import_job SET report = NULL WHERE report IS NOT NULL AND report_expires_at < now()`);
    await ctx.db.query(
      `DELETE FROM import_flag f USING import_job j
       WHERE j.id = f.import_job_id AND j.created_at < now() - make_interval(days => $1)`,
      [IMPORT_FLAG_DAYS],
    );
    await ctx.db.query(
      `UPDATE import_job SET status = 'FAILED', failure_reason = 'TIMEOUT', content = NULL, finished_at = now(),
         updated_at = now(), version = version + 1
       WHERE status = 'RUNNING' AND started_at < now() - interval '35 minutes'`,
    );
  },
});
