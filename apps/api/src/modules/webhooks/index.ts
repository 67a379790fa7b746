import { defineModule } from '../../common/feature-module.js';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { createWebhookLoaders } from './webhook.loaders.js';
import { webhookDeliverJob, webhookDispatchJob, webhookPurgeJob } from './webhook.jobs.js';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './webhook.resolver.js';

/** Departments' webhooks: endpoints under agreements, fed from the outbox (modules/events). */
export const webhooksModule = defineModule({
  name: 'webhooks',
  entities: [WebhookEndpoint, WebhookDelivery, WebhookAttempt],
  resolvers: [WebhookEndpointResolver, WebhookDeliveryResolver],
  loaders: createWebhookLoaders,
  jobs: [webhookDispatchJob, webhookDeliverJob, webhookPurgeJob],
});
