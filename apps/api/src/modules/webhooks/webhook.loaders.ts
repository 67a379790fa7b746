import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders.js';
import { WebhookAttempt } from './webhook-delivery.entity.js';

export interface WebhookLoaders {
  /** A delivery's attempts, newest first (at most the retry schedule's length plus redeliveries). */
  webhookAttemptsByDelivery: DataLoader<string, WebhookAttempt[]>;
}

export function createWebhookLoaders(dataSource: DataSource): WebhookLoaders {
  return {
    webhookAttemptsByDelivery: groupedLoader(dataSource, WebhookAttempt, 'deliveryId', { attemptedAt: 'DESC' }, 50),
  };
}

declare module '../../context.js' {
  interface Loaders extends WebhookLoaders {}
}
