import { defineJob } from '../../jobs/job.js';
import { dispatchWebhookEvents, resumeLostDeliveries } from './webhook-dispatch.js';

export { webhookDeliverJob } from './webhook-deliver.js';

/**
 * Every two seconds: new outbox events become deliveries (each asks for its own sending), and
 * deliveries whose run was lost are asked for again.
 */
export const webhookDispatchJob = defineJob({
  name: 'webhook-dispatch',
  repeatAfterSeconds: 2,
  timeoutSeconds: 5 * 60,
  run: async (ctx) => {
    await dispatchWebhookEvents(ctx);
    await resumeLostDeliveries(ctx);
  },
});
