import { defineJob } from '../../jobs/job.js';
import { runPersonArchive } from './person-archive-run.js';

/** Writes one person's archive (person-archive-run.ts); asked for by `startPersonArchive`. */
export const personArchiveJob = defineJob<{ personArchiveJobId: string }>({
  name: 'person-archive',
  onDemand: true,
  timeoutSeconds: 10 * 60,
  run: async (ctx, run) => runPersonArchive(ctx, run, run.data.personArchiveJobId),
});

/**
 * Hourly: empties the archives past their 24 hours (the row stays as the record of what left), and
 * fails the runs a stopped process left RUNNING past the job's time limit.
 */
export const personArchivePurgeJob = defineJob({
  name: 'person-archive-purge',
  cron: '23 * * * *',
  run: async (ctx) => {
    await ctx.db.query(`UPDATE person_archive_job SET content = NULL WHERE content IS NOT NULL AND expires_at < now()`);
    await ctx.db.query(
      `UPDATE person_archive_job SET status = 'FAILED', failure_reason = 'TIMEOUT', finished_at = now(),
         updated_at = now(), version = version + 1
       WHERE status = 'RUNNING' AND started_at < now() - interval '15 minutes'`,
    );
  },
});
