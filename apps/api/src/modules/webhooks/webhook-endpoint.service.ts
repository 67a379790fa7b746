import {
  WEBHOOK_TEST_EVENT,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpointStatus,
} from '@hoanhap/shared';
import { appError, ErrorCode, notFound } from '../../common/errors.js';
import { keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../config.js';
import type { RequestContext } from '../../context.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { DataSharingAgreement } from '../agreements/agreement.entity.js';
import { audit } from '../audit/audit.service.js';
import { webhookDeliverJob } from './webhook-deliver.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint, WebhookEndpointWithSecret } from './webhook-endpoint.entity.js';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.inputs.js';
import { sealSecret } from '../../common/stored-secret.js';
import { newWebhookSecret } from './webhook-secret.js';
import { checkWebhookUrl } from './webhook-url.js';
import type { WebhookDeliveryConnection } from './webhook.types.js';

/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
const ROTATION_OVERLAP_HOURS = 24;

const NEWEST_FIRST = keysetOrder('webhookDeliveries', 'DESC', ['created_at', 'timestamptz'], ['id', 'uuid']);

/**
 * Departments' webhook endpoints, managed by an administrator whose scope holds the agreement's
 * unit; any other endpoint or agreement looks missing. Every change is audited with it.
 */
export class WebhookEndpointService {
  async list(ctx: RequestContext, agreementId: string): Promise<WebhookEndpoint[]> {
    const agreement = await this.agreementInScope(ctx, agreementId);
    return ctx.db
      .getRepository(WebhookEndpoint)
      .find({ where: { agreementId: agreement.id }, order: { createdAt: 'ASC' } });
  }

  async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
    const url = checkWebhookUrl('input.url', input.url, this.allowLocal(ctx));
    return withTransaction(ctx, async (ctx) => {
      const agreement = await this.agreementInScope(ctx, input.agreementId);
      const secret = newWebhookSecret();
      const endpoint = await saveNew(ctx, WebhookEndpoint, {
        agreementId: agreement.id,
        url,
        eventTypes: [...new Set(input.eventTypes)],
        status: WebhookEndpointStatus.ENABLED,
        disabledReason: null,
        consecutiveFailures: 0,
        secret: sealSecret(ctx, secret),
        previousSecret: null,
        previousSecretExpiresAt: null,
      });
      await this.audited(ctx, 'createWebhookEndpoint', endpoint, ['agreementId', 'url', 'eventTypes', 'secret']);
      return { endpoint, secret };
    });
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const url =
      input.url === undefined || input.url === null
        ? undefined
        : checkWebhookUrl('input.url', input.url, this.allowLocal(ctx));
    return withTransaction(ctx, async (ctx) => {
      const endpoint = await this.endpointInScope(ctx, input.id);
      if (endpoint.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.webhookEndpoint', { currentVersion: endpoint.version });
      }
      if (url) endpoint.url = url;
      if (input.eventTypes) endpoint.eventTypes = [...new Set(input.eventTypes)];
      const saved = await ctx.db.getRepository(WebhookEndpoint).save(endpoint);
      await this.audited(ctx, 'updateWebhookEndpoint', saved, [
        ...(url ? ['url'] : []),
        ...(input.eventTypes ? ['eventTypes'] : []),
      ]);
      return saved;
    });
  }

  /** A new secret; the one it replaces keeps signing for 24 hours beside it. */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookEndpointWithSecret> {
    return withTransaction(ctx, async (ctx) => {
      const endpoint = await this.endpointInScope(ctx, id);
      const secret = newWebhookSecret();
      endpoint.previousSecret = endpoint.secret;
      endpoint.secret = sealSecret(ctx, secret);
      const [{ until }] = (await ctx.db.query(`SELECT now() + make_interval(hours => $1) AS until`, [
        ROTATION_OVERLAP_HOURS,
      ])) as [{ until: Date }];
      endpoint.previousSecretExpiresAt = until;
      const saved = await ctx.db.getRepository(WebhookEndpoint).save(endpoint);
      await this.audited(ctx, 'rotateWebhookSecret', saved, ['secret', 'previousSecretExpiresAt']);
      return { endpoint: saved, secret };
    });
  }

  async setEnabled(ctx: RequestContext, id: string, enabled: boolean): Promise<WebhookEndpoint> {
    return withTransaction(ctx, async (ctx) => {
      const endpoint = await this.endpointInScope(ctx, id);
      endpoint.status = enabled ? WebhookEndpointStatus.ENABLED : WebhookEndpointStatus.DISABLED;
      endpoint.disabledReason = enabled ? null : WebhookDisabledReason.MANUAL;
      // Enabled again: it starts over, as the receiver was presumably mended.
      if (enabled) endpoint.consecutiveFailures = 0;
      const saved = await ctx.db.getRepository(WebhookEndpoint).save(endpoint);
      await this.audited(ctx, enabled ? 'enableWebhookEndpoint' : 'disableWebhookEndpoint', saved, ['status']);
      return saved;
    });
  }

  /** A `test` event to the endpoint, through the same queue, signing and log as real ones. */
  async sendTest(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
    return withTransaction(ctx, async (ctx) => {
      const endpoint = await this.endpointInScope(ctx, id);
      if (endpoint.status !== WebhookEndpointStatus.ENABLED) {
        throw appError(ErrorCode.CONFLICT, 'ENDPOINT_DISABLED.webhook', { reason: 'ENDPOINT_DISABLED' });
      }
      const [{ code }] = (await ctx.db.query(
        `SELECT u.code FROM data_sharing_agreement a JOIN administrative_unit u ON u.id = a.unit_id WHERE a.id = $1`,
        [endpoint.agreementId],
      )) as [{ code: string }];
      const delivery = await saveNew(ctx, WebhookDelivery, {
        endpointId: endpoint.id,
        eventId: null,
        eventType: WEBHOOK_TEST_EVENT,
        subjectId: endpoint.id,
        unitCode: code,
        occurredAt: new Date(),
        status: WebhookDeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: new Date(),
      });
      await enqueueJob(ctx, webhookDeliverJob, { deliveryId: delivery.id, attempt: 1 });
      await this.audited(ctx, 'sendTestWebhookEvent', endpoint, ['delivery']);
      return delivery;
    });
  }

  /** Sends a finished delivery (failed, or delivered and wanted again) once more, from a first attempt's schedule. */
  async redeliver(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
    return withTransaction(ctx, async (ctx) => {
      const delivery = UUID.test(id)
        ? await ctx.db.getRepository(WebhookDelivery).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!delivery) throw notFound('NOT_FOUND.webhookDelivery');
      const endpoint = await this.endpointInScope(ctx, delivery.endpointId).catch(() => {
        throw notFound('NOT_FOUND.webhookDelivery');
      });
      if (endpoint.status !== WebhookEndpointStatus.ENABLED) {
        throw appError(ErrorCode.CONFLICT, 'ENDPOINT_DISABLED.webhook', { reason: 'ENDPOINT_DISABLED' });
      }
      if (delivery.status !== WebhookDeliveryStatus.PENDING) {
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.nextAttemptAt = new Date();
        await ctx.db.getRepository(WebhookDelivery).save(delivery);
        await enqueueJob(ctx, webhookDeliverJob, { deliveryId: delivery.id, attempt: delivery.attempts + 1 });
      }
      await audit(ctx, { action: 'redeliverWebhook', objectType: 'WebhookDelivery', objectId: delivery.id });
      return delivery;
    });
  }

  /** The delivery log of one endpoint, newest first. */
  async deliveries(
    ctx: RequestContext,
    endpointId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<WebhookDeliveryConnection> {
    const endpoint = await this.endpointInScope(ctx, endpointId);
    const page = keysetPage(NEWEST_FIRST, first, after);
    const list = { table: 'webhook_delivery', alias: 'd', where: ['d.endpoint_id = $1'], params: [endpoint.id] };
    return readEntityPage(ctx.db, ctx.db.getRepository(WebhookDelivery), page, list);
  }

  async endpointInScope(ctx: RequestContext, id: string): Promise<WebhookEndpoint> {
    const endpoint = UUID.test(id) ? await ctx.db.getRepository(WebhookEndpoint).findOneBy({ id }) : null;
    if (!endpoint) throw notFound('NOT_FOUND.webhookEndpoint');
    await this.agreementInScope(ctx, endpoint.agreementId).catch(() => {
      throw notFound('NOT_FOUND.webhookEndpoint');
    });
    return endpoint;
  }

  private async agreementInScope(ctx: RequestContext, id: string): Promise<DataSharingAgreement> {
    const agreement = UUID.test(id) ? await ctx.db.getRepository(DataSharingAgreement).findOneBy({ id }) : null;
    if (!agreement || !(await ctx.unitScope()).includes(agreement.unitId)) {
      throw notFound('NOT_FOUND.webhookAgreement');
    }
    return agreement;
  }

  private allowLocal(ctx: RequestContext): boolean {
    return (ctx.webhooks ?? DEFAULT_WEBHOOK_SETTINGS).allowHttpLocalhost;
  }

  private audited(
    ctx: RequestContext,
    action:
      | 'createWebhookEndpoint'
      | 'updateWebhookEndpoint'
      | 'rotateWebhookSecret'
      | 'enableWebhookEndpoint'
      | 'disableWebhookEndpoint'
      | 'sendTestWebhookEvent',
    endpoint: WebhookEndpoint,
    fields: string[],
  ): Promise<void> {
    return audit(ctx, { action, objectType: 'WebhookEndpoint', objectId: endpoint.id, fields });
  }
}

export const webhookEndpointService = new WebhookEndpointService();
