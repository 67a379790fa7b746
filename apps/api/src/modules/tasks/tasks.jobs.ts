import { todayInVietnam } from '@hoanhap/shared';
import { defineJob } from '../../jobs/job.js';
import { runTaskRules } from './task-rules.js';

/**
 * The deadline rules (no contact for N days, the monthly parolee assessment), every six hours and at
 * start. Rule keys make a rerun harmless; the queue makes it one run for all API processes.
 */
export const taskRulesJob = defineJob({
  name: 'task-rules',
  cron: '0 */6 * * *',
  runAtStart: true,
  timeoutSeconds: 30 * 60,
  run: async (ctx) => {
    const created = await runTaskRules(ctx, todayInVietnam());
    if (created > 0) ctx.log.info({ created }, 'task rules created tasks');
  },
});
