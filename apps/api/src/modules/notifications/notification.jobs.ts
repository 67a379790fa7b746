import { todayInVietnam } from '@hoanhap/shared';
import { defineJob } from '../../jobs/job.js';
import { deliverDue } from './delivery.js';
import { runNotificationRules } from './notification-rules.js';

/**
 * Sends the outbox's due deliveries, 5 seconds after each run ends. One run at a time across all
 * API processes (a "stately" queue), and the claim itself is safe to run twice at once.
 */
export const notificationDeliveryJob = defineJob({
  name: 'notification-delivery',
  repeatAfterSeconds: 5,
  run: async (ctx) => {
    const attempted = await deliverDue(ctx);
    if (attempted > 0) ctx.log.debug({ attempted }, 'notification deliveries attempted');
  },
});

/** The clock's notifications (due tomorrow, overdue, escalation, digest): hourly, and at start. */
export const notificationRulesJob = defineJob({
  name: 'notification-rules',
  cron: '5 * * * *',
  runAtStart: true,
  run: async (ctx) => {
    const written = await runNotificationRules(ctx, todayInVietnam());
    if (written > 0) ctx.log.info({ written }, 'notification rules wrote notifications');
  },
});
