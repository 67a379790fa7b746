import { ObjectType } from 'type-graphql';
import { CountedConnection } from '../../common/pagination/index.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';

@ObjectType({ description: 'An endpoint’s delivery log, newest first.' })
export class WebhookDeliveryConnection extends CountedConnection(WebhookDelivery, 'WebhookDelivery') {}
