import type { Label } from './labels.js';

/**
 * What happened, as other parts of the product and departments' webhooks are told: the outbox's
 * event types. The names are a contract (departments' receivers switch on them, rows keep them),
 * so they never change: `<record>.<what happened to it>`, lower case. An event carries no personal
 * data, only which record changed, in which unit and when: the receiver reads the rest through its
 * own key, where the access checks and the audit are.
 */
export const DOMAIN_EVENT_TYPES = [
  /** A prison's release notice about someone was recorded (Decree 49/2020/NĐ-CP art. 9). Subject: the person. */
  'release_notice.recorded',
  /** A person reported in to the ward, or was received from another deployment. Subject: the person. */
  'person.received',
  /** A case moved to another ward; the event's unit is the receiving ward. Subject: the person. */
  'case.transferred',
  /** A case was closed. Subject: the person. */
  'case.closed',
  /** A ward submitted its statistics report for a period. Subject: the submission. */
  'report.submitted',
] as const;

/** One type of domain event (checked at compile time; the values are not identifiers). */
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** The type of the event an administrator sends to try an endpoint; it never comes from the outbox. */
export const WEBHOOK_TEST_EVENT = 'test';

/** A webhook's event type: a domain event, or the test event. */
export type WebhookEventType = DomainEventType | typeof WEBHOOK_TEST_EVENT;

export function isDomainEventType(value: string): value is DomainEventType {
  return (DOMAIN_EVENT_TYPES as readonly string[]).includes(value);
}

export const DOMAIN_EVENT_TYPE_LABELS: Record<WebhookEventType, Label> = {
  'release_notice.recorded': { vi: 'Ghi nhận thông báo tha tù', en: 'Release notice recorded' },
  'person.received': { vi: 'Tiếp nhận người chấp hành xong án', en: 'Person received' },
  'case.transferred': { vi: 'Chuyển hồ sơ sang địa bàn khác', en: 'Case transferred' },
  'case.closed': { vi: 'Kết thúc hồ sơ', en: 'Case closed' },
  'report.submitted': { vi: 'Gửi báo cáo thống kê', en: 'Report submitted' },
  test: { vi: 'Sự kiện thử', en: 'Test event' },
};

/**
 * When a failed webhook is tried again, in seconds after the failure: the schedule Standard Webhooks
 * suggests (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), about a day in all before it gives up.
 */
export const WEBHOOK_RETRY_SECONDS: readonly number[] = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];

/**
 * The wait before the next attempt after `attemptsMade` attempts have failed, or null when the
 * schedule is spent and the delivery has failed for good.
 */
export function webhookRetryDelay(
  attemptsMade: number,
  schedule: readonly number[] = WEBHOOK_RETRY_SECONDS,
): number | null {
  if (attemptsMade < 1) return 0;
  return schedule[attemptsMade - 1] ?? null;
}
