import {
  CLOSURE_REASON_LABELS,
  CONTACT_CHANNEL_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  FUNDING_SOURCE_LABELS,
  HELPER_ROLE_LABELS,
  INCIDENT_KIND_LABELS,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TYPE_LABELS,
  TASK_KIND_LABELS,
} from '@hoanhap/shared';
import { formatDateTimeDay } from '../../admin/format-date-time';
import { documentNumber } from './document-text';
import { type FileSectionProps, RecordSection, text, useFileText } from './person-file-parts';
import { date, vi } from './returnee-sheet-parts';

/*
 * The whole file's sections about the casework: employment, support, helpers, contacts,
 * incidents, tasks, transfers and closures, each record with its dates.
 */

const period = (from: string | null | undefined, to: string | null | undefined) => `${date(from)} – ${date(to)}`;

export function EmploymentSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('employment')}
      testId="file-employment"
      rows={file.returnee.employmentPeriods}
      columns={[
        [p('col.period'), (x) => period(x.startedOn, x.endedOn)],
        [p('col.status'), (x) => vi(EMPLOYMENT_STATUS_LABELS, x.status)],
        [p('col.employer'), (x) => text(x.employerName)],
        [p('col.endReason'), (x) => text(x.endReason)],
      ]}
    />
  );
}

export function SupportSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('supports')}
      testId="file-supports"
      rows={file.returnee.supports}
      columns={[
        [p('col.type'), (x) => vi(SUPPORT_TYPE_LABELS, x.type)],
        [p('col.provider'), (x) => text(x.providerOrganisation?.name ?? x.providerName)],
        [p('col.period'), (x) => period(x.startedOn, x.completedOn)],
        [p('col.status'), (x) => vi(SUPPORT_STATUS_LABELS, x.status)],
        [
          p('col.amount'),
          (x) =>
            x.amountVnd
              ? `${documentNumber(Number(x.amountVnd))} đ${x.fundingSource ? ` (${vi(FUNDING_SOURCE_LABELS, x.fundingSource)})` : ''}`
              : '—',
        ],
        [p('col.outcome'), (x) => text(x.outcome)],
      ]}
    />
  );
}

export function HelpersSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('helpers')}
      testId="file-helpers"
      rows={file.returnee.helpers}
      columns={[
        [p('col.helper'), (x) => `${x.helperName}${x.helperPhone ? `, ${x.helperPhone}` : ''}`],
        [p('col.role'), (x) => vi(HELPER_ROLE_LABELS, x.role)],
        [p('col.organisation'), (x) => x.organisation.name],
        [p('col.period'), (x) => period(x.startedOn, x.endedOn)],
        [p('col.endReason'), (x) => text(x.endReason)],
      ]}
    />
  );
}

export function ContactsSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('contacts')}
      testId="file-contacts"
      rows={file.returnee.contacts}
      columns={[
        [p('col.date'), (x) => date(x.contactedOn)],
        [p('col.channel'), (x) => vi(CONTACT_CHANNEL_LABELS, x.channel)],
        [p('col.recordedBy'), (x) => x.recordedBy.displayName],
        [p('col.notes'), (x) => text(x.notes)],
        [p('col.nextAction'), (x) => text(x.nextAction)],
      ]}
    />
  );
}

export function IncidentsSection({ n, file, shown }: FileSectionProps) {
  const { p, hidden } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('incidents')}
      testId="file-incidents"
      rows={file.returnee.incidents}
      empty={shown ? undefined : hidden}
      columns={[
        [p('col.date'), (x) => date(x.occurredOn)],
        [p('col.kind'), (x) => vi(INCIDENT_KIND_LABELS, x.kind)],
        [p('col.note'), (x) => text(x.note)],
      ]}
    />
  );
}

export function TasksSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('tasks')}
      testId="file-tasks"
      rows={file.returnee.tasks}
      columns={[
        [p('col.task'), (x) => `${x.title} (${vi(TASK_KIND_LABELS, x.kind)})`],
        [p('col.dueOn'), (x) => date(x.dueOn)],
        [p('col.owner'), (x) => text(x.owner?.displayName)],
        [p('col.completedAt'), (x) => (x.completedAt ? formatDateTimeDay(x.completedAt) : '—')],
      ]}
    />
  );
}

export function TransfersSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('transfers')}
      testId="file-transfers"
      rows={file.returnee.transfers}
      columns={[
        [p('col.date'), (x) => date(x.transferredOn)],
        [p('col.from'), (x) => text(x.fromUnit?.name)],
        [p('col.to'), (x) => text(x.toUnit?.name)],
        [p('col.reason'), (x) => text(x.reason)],
      ]}
    />
  );
}

export function ClosuresSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('closures')}
      testId="file-closures"
      rows={file.returnee.closures}
      columns={[
        [p('col.date'), (x) => date(x.closedOn)],
        [p('col.reason'), (x) => vi(CLOSURE_REASON_LABELS, x.reason)],
        [p('col.proof'), (x) => (x.proofNumber ? `${x.proofNumber}, ${date(x.proofDate)}` : '—')],
        [p('col.reopened'), (x) => (x.reopenedOn ? `${date(x.reopenedOn)}: ${text(x.reopenReason)}` : '—')],
      ]}
    />
  );
}
