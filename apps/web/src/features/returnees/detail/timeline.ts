import type { TimelineFieldsFragment } from '../../../gql/graphql';

/** One thing that happened, in a form the timeline can sort and print. */
export interface TimelineEntry {
  key: string;
  date: string;
  kind:
    | 'conviction'
    | 'releaseNotice'
    | 'addressVerified'
    | 'release'
    | 'reception'
    | 'helperStarted'
    | 'helperEnded'
    | 'contact'
    | 'support'
    | 'supportDone'
    | 'employment'
    | 'employmentEnded'
    | 'classification'
    | 'incident'
    | 'closure'
    | 'reopened'
    | 'transfer';
  /** What the title interpolates (already labelled), and an optional second line. */
  values: Record<string, string>;
  detail?: string | null;
}

export interface TimelineLabels {
  releaseType: (value: string) => string;
  helperRole: (value: string) => string;
  channel: (value: string) => string;
  supportType: (value: string) => string;
  supportStatus: (value: string) => string;
  employmentStatus: (value: string) => string;
  incidentKind: (value: string) => string;
  closureReason: (value: string) => string;
  addressVerification: (value: string) => string;
}

/** Entry kinds whose titles live in the lazily loaded `judgments` texts (`timeline.<kind>`). */
export const JUDGMENTS_TIMELINE_KINDS: ReadonlySet<TimelineEntry['kind']> = new Set(['conviction', 'addressVerified']);

/**
 * Everything that happened to a case, newest first. Entries on the same day keep a stable order
 * (the later step of the lifecycle first), so the list does not jump between renders.
 */
export function buildTimeline(r: TimelineFieldsFragment, l: TimelineLabels): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  /** One entry; `detail` is the second line, left out when the record has none to give. */
  const add = (
    key: string,
    date: string,
    kind: TimelineEntry['kind'],
    values: Record<string, string> = {},
    ...detail: [(string | null)?]
  ) => entries.push({ key, date, kind, values, ...(detail.length > 0 ? { detail: detail[0] } : {}) });

  // Judgments come latest first and only to roles that may see them; walk them oldest first.
  for (const c of [...r.convictions].reverse())
    add(`conviction-${c.id}`, c.judgmentDate, 'conviction', { number: c.judgmentNumber, court: c.court });
  for (const n of r.releaseNotices) {
    add(`notice-${n.id}`, n.receivedOn, 'releaseNotice', { prison: n.prison });
    if (n.verifiedOn && n.verificationResult) {
      const result = l.addressVerification(n.verificationResult);
      add(`notice-verified-${n.id}`, n.verifiedOn, 'addressVerified', { result }, n.statedAddress);
    }
  }
  for (const x of r.releases) {
    const values = { type: l.releaseType(x.type), prison: x.prison };
    add(`release-${x.id}`, x.releasedOn, 'release', values, x.certificateNumber);
  }
  for (const x of r.receptions) add(`reception-${x.id}`, x.receivedOn, 'reception', {}, x.meetingRecordNumber);
  for (const h of r.helpers) {
    const values = { name: h.helperName, role: l.helperRole(h.role), organisation: h.organisation.name };
    add(`helper-${h.id}`, h.startedOn, 'helperStarted', values);
    if (h.endedOn) add(`helper-end-${h.id}`, h.endedOn, 'helperEnded', { name: h.helperName }, h.endReason);
  }
  // Contacts, support and employment come newest first; walk them oldest first like the rest.
  for (const c of [...r.contacts].reverse()) {
    const values = { channel: l.channel(c.channel), by: c.recordedBy.displayName };
    add(`contact-${c.id}`, c.contactedOn, 'contact', values, c.notes);
  }
  for (const s of [...r.supports].reverse()) {
    const type = l.supportType(s.type);
    add(`support-${s.id}`, s.startedOn, 'support', { type, status: l.supportStatus(s.status) });
    if (s.completedOn) add(`support-done-${s.id}`, s.completedOn, 'supportDone', { type }, s.outcome);
  }
  for (const e of [...r.employmentPeriods].reverse()) {
    const values = { status: l.employmentStatus(e.status) };
    add(`employment-${e.id}`, e.startedOn, 'employment', values, e.employerName);
    if (e.endedOn) add(`employment-end-${e.id}`, e.endedOn, 'employmentEnded', values, e.endReason);
  }
  for (const c of r.classifications)
    add(`classification-${c.id}`, c.periodStart, 'classification', { group: c.group }, c.reasons.join('; ') || null);
  for (const i of r.incidents)
    add(`incident-${i.id}`, i.occurredOn, 'incident', { kind: l.incidentKind(i.kind) }, i.note);
  for (const c of r.closures) {
    add(`closure-${c.id}`, c.closedOn, 'closure', { reason: l.closureReason(c.reason) }, c.note);
    if (c.reopenedOn) add(`reopen-${c.id}`, c.reopenedOn, 'reopened', {}, c.reopenReason);
  }
  for (const x of r.transfers) {
    // A hand-over to another deployment has no unit here: the ward as that deployment named it.
    const elsewhere = x.toDeploymentCode ? `${x.toUnitName ?? '—'} (${x.toDeploymentCode})` : '—';
    const values = { from: x.fromUnit?.name ?? '—', to: x.toUnit?.name ?? elsewhere };
    add(`transfer-${x.id}`, x.transferredOn, 'transfer', values, x.reason);
  }

  // Stable order: by date descending, then by the order pushed reversed (later steps first).
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}
