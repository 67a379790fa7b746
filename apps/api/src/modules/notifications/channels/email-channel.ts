import { DeliveryChannel, NOTIFICATION_KIND_LABELS } from '@hoanhap/shared';
import nodemailer, { type Transporter } from 'nodemailer';
import {
  DeliveryError,
  type NotificationChannel,
  networkFailure,
  type OutgoingMessage,
  type Recipient,
} from './channel.js';

/** `SMTP_URL` and `MAIL_FROM` (config.ts). */
export interface MailSettings {
  smtpUrl: string;
  mailFrom: string;
}

/**
 * Email over SMTP with nodemailer: a plain-text message whose subject is the event's name and whose
 * body is the notification's words and link. SMTP 4xx answers (mailbox busy, greylisting) and lost
 * connections are retried; 5xx answers (no such mailbox) are final.
 */
export class EmailChannel implements NotificationChannel {
  readonly channel = DeliveryChannel.EMAIL;
  private readonly transport: Transporter;

  constructor(private readonly settings: MailSettings) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  async send(message: OutgoingMessage, recipient: Recipient) {
    if (!recipient.email) throw new DeliveryError('NO_ADDRESS: no email address', false);
    try {
      const info = await this.transport.sendMail({
        from: this.settings.mailFrom,
        to: recipient.email,
        subject: `[Hòa Nhập] ${NOTIFICATION_KIND_LABELS[message.kind].vi}`,
        text: `${message.text.vi}.\n\nXem tại: ${message.link}\n\n${message.text.en}.\n\n— Hòa Nhập (thư tự động, vui lòng không trả lời / automatic message, please do not reply)`,
        headers: { 'X-Hoanhap-Delivery': message.deliveryId },
      });
      return { providerMessageId: info.messageId ?? null };
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      if (responseCode) {
        const reason = `SMTP_${responseCode}: ${String((error as { response?: string }).response ?? '').slice(0, 200)}`;
        throw new DeliveryError(reason, responseCode < 500);
      }
      throw networkFailure(error);
    }
  }

  close(): void {
    this.transport.close();
  }
}
