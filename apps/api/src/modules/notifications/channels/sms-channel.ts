import { DeliveryChannel } from '@hoanhap/shared';
import { DeliveryError, type NotificationChannel, type OutgoingMessage, postJson, type Recipient } from './channel.js';

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
    const answer = await postJson<{ messageId: string }>(
      this.settings.providerUrl,
      { authorization: `Bearer ${this.settings.apiKey}` },
      {
        to: recipient.phone,
        brandname: this.settings.brandname,
        text: `${message.text.vi}: ${message.link}`,
        requestId: message.deliveryId,
      },
      this.timeoutMs,
    );
    return { providerMessageId: answer.messageId ?? null };
  }
}
