import { defineModule } from '../../common/feature-module.js';
import { DomainEvent } from './domain-event.entity.js';

/** The outbox of domain events (`recordEvent`), read by the webhooks and any later consumer. */
export const eventsModule = defineModule({
  name: 'events',
  entities: [DomainEvent],
});
