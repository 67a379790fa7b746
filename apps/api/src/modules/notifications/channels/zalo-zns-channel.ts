import { DeliveryChannel, type NotificationKind } from '@hoanhap/shared';
import { DeliveryError, type NotificationChannel, type OutgoingMessage, postJson, type Recipient } from './channel.js';

/** The administrator's ZNS settings (configureNotificationChannel). */
export interface ZnsSettings {
  /** Default `https://business.openapi.zalo.me`; tests point it at a local server. */
  baseUrl: string;
  appId: string | null;
  /** The official account's access token (stored as the channel's secret). */
  accessToken: string;
  /** The approved template for each event; an event without one is not sent by Zalo. */
  templates: Partial<Record<NotificationKind, string>>;
}

export const ZNS_BASE_URL = 'https://business.openapi.zalo.me';

/**
 * ZNS error codes (zalo.cloud "Cách xử lý mã lỗi") that a later try can get past: -100 "unknown
 * error, try again later". Every other code names something to fix first (the app, the token, the
 * template, the number, the account), so retrying would only fail again: the delivery ends FAILED
 * with the code and Zalo's words, and the administrator resends once it is fixed.
 */
const RETRYABLE_ZNS_ERRORS = new Set([-100]);

/** Reasons worded for the delivery log, by ZNS error code; others keep Zalo's own message. */
const ZNS_REASONS: Record<number, string> = {
  [-101]: 'application invalid',
  [-102]: 'application does not exist',
  [-103]: 'application not activated',
  [-104]: 'app secret key invalid',
  [-105]: 'application not linked to an official account',
  [-108]: 'phone number invalid',
  [-109]: 'template id invalid',
  [-111]: 'template data empty',
  [-112]: 'template data invalid',
  [-124]: 'access token invalid or expired',
};

interface ZnsAnswer {
  error?: number;
  message?: string;
  data?: { msg_id?: string };
}

/**
 * Zalo Notification Service: the official account's template message, `POST /message/template`
 * with the `access_token` header and `{ phone, template_id, template_data, tracking_id }`; Zalo
 * answers `{ error: 0, data: { msg_id } }` or a negative error code. The template's parameters are
 * `count` and `link` only: nothing else about the recipient's work leaves the product.
 */
export class ZaloZnsChannel implements NotificationChannel {
  readonly channel = DeliveryChannel.ZALO_ZNS;

  constructor(
    private readonly settings: ZnsSettings,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(message: OutgoingMessage, recipient: Recipient) {
    if (!recipient.phone) throw new DeliveryError('NO_ADDRESS: no phone number', false);
    const templateId = this.settings.templates[message.kind];
    if (!templateId) throw new DeliveryError(`NO_TEMPLATE: no ZNS template for ${message.kind}`, false);
    const answer = await postJson<ZnsAnswer>(
      `${this.settings.baseUrl.replace(/\/$/, '')}/message/template`,
      { access_token: this.settings.accessToken },
      {
        phone: recipient.phone,
        template_id: templateId,
        template_data: { count: String(message.count), link: message.link },
        tracking_id: message.deliveryId,
      },
      this.timeoutMs,
    );
    if (answer.error === 0) return { providerMessageId: answer.data?.msg_id ?? null };
    const code = typeof answer.error === 'number' ? answer.error : Number.NaN;
    const words = ZNS_REASONS[code] ?? String(answer.message ?? 'no message').slice(0, 200);
    throw new DeliveryError(
      `ZNS_${Number.isNaN(code) ? 'BAD_ANSWER' : code}: ${words}`,
      RETRYABLE_ZNS_ERRORS.has(code),
    );
  }
}
