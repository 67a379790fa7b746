import { DeliveryChannel } from '@hoanhap/shared';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An administrator's configuration of Zalo ZNS or the SMS brandname gateway. `settings` holds what
 * may be shown again (endpoint, app id, template ids, brandname); `secret` (access token, API key)
 * is only ever written, never returned by the API. Email is configured by `SMTP_URL` instead.
 */
@Entity({ name: 'notification_channel_setting' })
export class NotificationChannelSetting {
  @PrimaryColumn({ type: 'enum', enum: DeliveryChannel, enumName: 'delivery_channel' })
  channel: DeliveryChannel;

  @Column({ type: 'boolean', default: false })
  enabled: boolean;

  @Column({ type: 'jsonb', default: {} })
  settings: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  secret: string | null;

  /** ZNS: the official account's secret key, which signs Zalo's delivery receipts; sealed like `secret`. */
  @Column({ type: 'text', nullable: true })
  receiptSecret: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
