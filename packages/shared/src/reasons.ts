import type { Label } from './labels.js';
import { ADMIN_REASONS } from './reasons-admin.js';
import { AGREEMENT_REASONS } from './reasons-agreements.js';
import { CAMPAIGN_REASONS } from './reasons-campaigns.js';
import { CASEWORK_REASONS } from './reasons-casework.js';
import { COMMITTEE_REASONS } from './reasons-committee.js';
import { GENERIC_REASONS } from './reasons-generic.js';
import { HANDOVER_REASONS } from './reasons-handover.js';
import { NOT_FOUND_REASONS } from './reasons-not-found.js';
import { NOTIFICATION_REASONS } from './reasons-notifications.js';
import { REPORT_REASONS } from './reasons-reports.js';
import { WEBHOOK_REASONS } from './reasons-webhooks.js';

export { ADMIN_REASONS } from './reasons-admin.js';
export { AGREEMENT_REASONS } from './reasons-agreements.js';
export { CASEWORK_REASONS } from './reasons-casework.js';
export { COMMITTEE_REASONS } from './reasons-committee.js';
export { GENERIC_REASONS } from './reasons-generic.js';
export { HANDOVER_REASONS } from './reasons-handover.js';
export { NOT_FOUND_REASONS } from './reasons-not-found.js';
export { NOTIFICATION_REASONS } from './reasons-notifications.js';
export { REPORT_REASONS } from './reasons-reports.js';
export { WEBHOOK_REASONS } from './reasons-webhooks.js';

/**
 * Every message the API gives for a refusal, in both languages, written once. A key is a reason
 * code (`OUT_OF_RANGE`), or a code and a variant (`OUT_OF_RANGE.year`) where one rule is worded for
 * a particular input; an input error reports the part before the dot as `extensions.reason`. Keys
 * without a reason of their own name the error (`FORBIDDEN`, `NOT_FOUND.unit`). An entry that says
 * a value takes it as a named parameter. To add one: pick the area file, add the key there, and use
 * it from the API (`badInput(field, 'CODE.variant')`); a new message never reuses another's key.
 */
export const REASON_MESSAGES = {
  ...GENERIC_REASONS,
  ...NOT_FOUND_REASONS,
  ...CASEWORK_REASONS,
  ...COMMITTEE_REASONS,
  ...ADMIN_REASONS,
  ...CAMPAIGN_REASONS,
  ...HANDOVER_REASONS,
  ...REPORT_REASONS,
  ...AGREEMENT_REASONS,
  ...WEBHOOK_REASONS,
  ...NOTIFICATION_REASONS,
};

type Catalogue = typeof REASON_MESSAGES;

/** A message of the catalogue. */
export type ReasonKey = keyof Catalogue;

/** The messages said without parameters. */
export type PlainReasonKey = { [K in ReasonKey]: Catalogue[K] extends Label ? K : never }[ReasonKey];

/** What a message needs said: `[]`, or `[params]` for an entry that takes parameters. */
export type ReasonParams<K extends ReasonKey> = Catalogue[K] extends (params: infer P) => Label ? [params: P] : [];

/** A message of the catalogue with its parameters filled in. */
export interface ReasonMessage extends Label {
  key: ReasonKey;
}

/** The message `key` in both languages, with its parameters filled in. */
export function reasonMessage<K extends ReasonKey>(key: K, ...params: ReasonParams<K>): ReasonMessage {
  // The parameters were checked against the key by the signature.
  const entry = REASON_MESSAGES[key] as Label | ((params: unknown) => Label);
  const { vi, en } = typeof entry === 'function' ? entry(params[0]) : entry;
  return { key, vi, en };
}

/** The reason code a key reports: `OUT_OF_RANGE.year` → `OUT_OF_RANGE`. */
export function reasonCode(key: ReasonKey): string {
  return key.split('.')[0] ?? key;
}
