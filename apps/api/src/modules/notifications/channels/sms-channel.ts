import { DeliveryChannel } from '@hoanhap/shared';
import {
  DeliveryError,
  type NotificationChannel,
  networkFailure,
  type OutgoingMessage,
  type Recipient,
} from './channel.js';

/** The administrator's SMS brandname gateway settings. */
export interface SmsSettings {
  /** The gateway's send address (the provider's HTTPS endpoint). */
  providerUrl: string;
  /** The registered brandname the message is sent under. */
  brandname: string;
  /** The gateway's API key (stored as the channel's secret), sent as a Bearer token. */
  apiKey: string;
}

/**
 * An SMS brandname gateway behind the same interface, for a generic HTTP provider: `POST` JSON
 * `{ to, brandname, text, requestId }` with `Authorization: Bearer <key>`; a 2xx answer is sent
 * (`messageId` read when given), 429 and 5xx are retried, other answers are final. The text is the
 * notification's Vietnamese words and its link: nothing more.
 */
export class SmsChannel implements NotificationChannel {
  readonly channel = DeliveryChannel.SMS;

  constructor(
    private readonly settings: SmsSettings,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(message: OutgoingMessage, recipient: Recipient) {
    if (!recipient.phone) throw new DeliveryError('NO_ADDRESS: no phone number', false);
    let response: Response;
    try {
      response = await fetch(this.settings.providerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.settings.apiKey}` },
        body: JSON.stringify({
          to: recipient.phone,
          brandname: this.settings.brandname,
          text: `${message.text.vi}: ${message.link}`,
          requestId: message.deliveryId,
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw networkFailure(error);
    }
    if (!response.ok) {
      throw new DeliveryError(`HTTP_${response.status}`, response.status >= 500 || response.status === 429);
    }
    const answer = (await response.json().catch(() => ({}))) as { messageId?: string };
    return { providerMessageId: answer.messageId ?? null };
  }
}
