import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint, WebhookEndpointWithSecret } from './webhook-endpoint.entity.js';
import { webhookEndpointService as service } from './webhook-endpoint.service.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.inputs.js';
import { WebhookDeliveryConnection } from './webhook.types.js';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => [WebhookEndpoint], { description: 'The webhook endpoints of an agreement in your scope (admin).' })
  webhookEndpoints(
    @Arg('agreementId', () => ID) agreementId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpoint[]> {
    return service.list(ctx, agreementId);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => WebhookDeliveryConnection, { description: 'An endpoint’s delivery log, newest first (admin).' })
  webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @FirstArg('20 by default, at most 100.') first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDeliveryConnection> {
    return service.deliveries(ctx, endpointId, first, after);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Subscribes an https endpoint to events under an agreement; answers its signing secret, this once.',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpointWithSecret> {
    return service.create(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpoint, { description: 'Changes an endpoint’s address or events.' })
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpoint> {
    return service.update(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'A new signing secret, answered this once; the old one keeps signing beside it for 24 hours.',
  })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpointWithSecret> {
    return service.rotateSecret(ctx, id);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpoint, { description: 'Stops sending to an endpoint; its pending deliveries fail.' })
  disableWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpoint> {
    return service.setEnabled(ctx, id, false);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookEndpoint, { description: 'Sends to an endpoint again, its count of failures reset.' })
  enableWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpoint> {
    return service.setEnabled(ctx, id, true);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookDelivery, { description: 'Sends a signed `test` event to the endpoint (Gửi sự kiện thử).' })
  sendTestWebhookEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookDelivery> {
    return service.sendTest(ctx, id);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => WebhookDelivery, {
    description: 'Sends a failed or delivered delivery again, with the same webhook-id.',
  })
  redeliverWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookDelivery> {
    return service.redeliver(ctx, id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: 'Its attempts, newest first.' })
  attemptLog(@Root() delivery: WebhookDelivery, @Ctx() ctx: RequestContext): Promise<WebhookAttempt[]> {
    return ctx.loaders.webhookAttemptsByDelivery.load(delivery.id);
  }
}
