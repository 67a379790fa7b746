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
  const push = (entry: TimelineEntry) => entries.push(entry);

  // Judgments come latest first and only to roles that may see them; walk them oldest first.
  for (const c of [...r.convictions].reverse())
    push({
      key: `conviction-${c.id}`,
      date: c.judgmentDate,
      kind: 'conviction',
      values: { number: c.judgmentNumber, court: c.court },
    });
  for (const n of r.releaseNotices) {
    push({ key: `notice-${n.id}`, date: n.receivedOn, kind: 'releaseNotice', values: { prison: n.prison } });
    if (n.verifiedOn && n.verificationResult)
      push({
        key: `notice-verified-${n.id}`,
        date: n.verifiedOn,
        kind: 'addressVerified',
        values: { result: l.addressVerification(n.verificationResult) },
        detail: n.statedAddress,
      });
  }
  for (const x of r.releases)
    push({
      key: `release-${x.id}`,
      date: x.releasedOn,
      kind: 'release',
      values: { type: l.releaseType(x.type), prison: x.prison },
      detail: x.certificateNumber,
    });
  for (const x of r.receptions)
    push({
      key: `reception-${x.id}`,
      date: x.receivedOn,
      kind: 'reception',
      values: {},
      detail: x.meetingRecordNumber,
    });
  for (const h of r.helpers) {
    push({
      key: `helper-${h.id}`,
      date: h.startedOn,
      kind: 'helperStarted',
      values: { name: h.helperName, role: l.helperRole(h.role), organisation: h.organisation.name },
    });
    if (h.endedOn)
      push({
        key: `helper-end-${h.id}`,
        date: h.endedOn,
        kind: 'helperEnded',
        values: { name: h.helperName },
        detail: h.endReason,
      });
  }
  // Contacts, support and employment come newest first; walk them oldest first like the rest.
  for (const c of [...r.contacts].reverse())
    push({
      key: `contact-${c.id}`,
      date: c.contactedOn,
      kind: 'contact',
      values: { channel: l.channel(c.channel), by: c.recordedBy.displayName },
      detail: c.notes,
    });
  for (const s of [...r.supports].reverse()) {
    push({
      key: `support-${s.id}`,
      date: s.startedOn,
      kind: 'support',
      values: { type: l.supportType(s.type), status: l.supportStatus(s.status) },
    });
    if (s.completedOn)
      push({
        key: `support-done-${s.id}`,
        date: s.completedOn,
        kind: 'supportDone',
        values: { type: l.supportType(s.type) },
        detail: s.outcome,
      });
  }
  for (const e of [...r.employmentPeriods].reverse()) {
    push({
      key: `employment-${e.id}`,
      date: e.startedOn,
      kind: 'employment',
      values: { status: l.employmentStatus(e.status) },
      detail: e.employerName,
    });
    if (e.endedOn)
      push({
        key: `employment-end-${e.id}`,
        date: e.endedOn,
        kind: 'employmentEnded',
        values: { status: l.employmentStatus(e.status) },
        detail: e.endReason,
      });
  }
  for (const c of r.classifications)
    push({
      key: `classification-${c.id}`,
      date: c.periodStart,
      kind: 'classification',
      values: { group: c.group },
      detail: c.reasons.join('; ') || null,
    });
  for (const i of r.incidents)
    push({
      key: `incident-${i.id}`,
      date: i.occurredOn,
      kind: 'incident',
      values: { kind: l.incidentKind(i.kind) },
      detail: i.note,
    });
  for (const c of r.closures) {
    push({
      key: `closure-${c.id}`,
      date: c.closedOn,
      kind: 'closure',
      values: { reason: l.closureReason(c.reason) },
      detail: c.note,
    });
    if (c.reopenedOn)
      push({ key: `reopen-${c.id}`, date: c.reopenedOn, kind: 'reopened', values: {}, detail: c.reopenReason });
  }
  for (const x of r.transfers)
    push({
      key: `transfer-${x.id}`,
      date: x.transferredOn,
      kind: 'transfer',
      values: { from: x.fromUnit?.name ?? '—', to: x.toUnit?.name ?? '—' },
      detail: x.reason,
    });

  // Stable order: by date descending, then by the order pushed reversed (later steps first).
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}
