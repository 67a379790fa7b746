import { useMutation } from '@apollo/client/react';
import {
  CLOSURE_REASON_LABELS,
  RELEASE_TYPE_LABELS,
  todayInVietnam,
  CaseStatus,
  ClosureReason,
  ReleaseType,
} from '@hoanhap/shared';
import { Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import {
  CloseCaseDocument,
  RecordReceptionDocument,
  RecordReleaseDocument,
  ReopenCaseDocument,
  StartSupportDocument,
} from '../../../gql/graphql';
import { NewOffenceSelect } from './new-offence-select';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';

type Action = 'release' | 'reception' | 'startSupport' | 'reopen' | 'close';

/** The actions a status change needs; ELIGIBLE_FOR_EXPUNGEMENT is computed, never clicked. */
export function actionsFor(status: CaseStatus, allowed: readonly CaseStatus[]): Action[] {
  const actions: Action[] = [];
  if (allowed.includes(CaseStatus.AWAITING_REPORT)) actions.push('release');
  if (allowed.includes(CaseStatus.RECEIVED) || allowed.includes(CaseStatus.ON_PROBATION)) actions.push('reception');
  if (allowed.includes(CaseStatus.UNDER_SUPPORT)) actions.push(status === 'CLOSED' ? 'reopen' : 'startSupport');
  if (allowed.includes(CaseStatus.CLOSED)) actions.push('close');
  return actions;
}

const ACTION_LABEL = {
  release: 'returnee.lifecycle.release',
  reception: 'returnee.lifecycle.reception',
  startSupport: 'returnee.lifecycle.startSupport',
  reopen: 'returnee.lifecycle.reopen',
  close: 'returnee.lifecycle.close',
} as const;

const CLOSURE_REASONS: readonly ClosureReason[] = [
  ClosureReason.EXPUNGED,
  ClosureReason.MOVED_AWAY,
  ClosureReason.DECEASED,
  ClosureReason.NEW_CONVICTION,
  ClosureReason.OTHER,
];
const RELEASE_TYPES: readonly ReleaseType[] = [ReleaseType.FULL_TERM, ReleaseType.AMNESTY, ReleaseType.PAROLE];
const FIELDS = [
  'reason',
  'closedOn',
  'proofNumber',
  'proofDate',
  'note',
  'receivedOn',
  'meetingRecordNumber',
  'prison',
  'releasedOn',
  'type',
  'certificateNumber',
  'probationEndsOn',
  'incidentId',
] as const;

function ActionForm({ action, returneeId, onDone }: { action: Action; returneeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { errors, submitting, submit } = useMutationForm({ fields: FIELDS });
  const options = { refetchQueries: ['ReturneeDetail'], awaitRefetchQueries: true };
  const [startSupport] = useMutation(StartSupportDocument, options);
  const [reopenCase] = useMutation(ReopenCaseDocument, options);
  const [closeCase] = useMutation(CloseCaseDocument, options);
  const [recordReception] = useMutation(RecordReceptionDocument, options);
  const [recordRelease] = useMutation(RecordReleaseDocument, options);
  const today = todayInVietnam();
  const [text, setText] = useState<Record<string, string>>({});
  const [dates, setDates] = useState<Record<string, string | null>>({
    closedOn: today,
    receivedOn: today,
    releasedOn: today,
  });
  const [closure, setClosure] = useState<ClosureReason>(ClosureReason.OTHER);
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [releaseType, setReleaseType] = useState<ReleaseType>(ReleaseType.FULL_TERM);
  const [pledgeSigned, setPledgeSigned] = useState(true);
  const [sheetDone, setSheetDone] = useState(true);
  const str = (key: string) => text[key]?.trim() || null;
  const field = (key: string) => ({
    value: text[key] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => setText((p) => ({ ...p, [key]: e.currentTarget.value })),
    error: errors.fields[key] || undefined,
  });
  const date = (key: string) => ({
    value: dates[key] ?? null,
    onChange: (value: string | null) => setDates((p) => ({ ...p, [key]: value })),
    error: errors.fields[key] || undefined,
    popoverProps: { withinPortal: false },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit(async () => {
      if (action === 'startSupport') await startSupport({ variables: { input: { returneeId } } });
      if (action === 'reopen')
        await reopenCase({ variables: { input: { returneeId, reason: str('reason') ?? '', reopenedOn: today } } });
      if (action === 'close')
        await closeCase({
          variables: {
            input: {
              returneeId,
              reason: closure,
              closedOn: dates.closedOn ?? '',
              note: str('note'),
              proofNumber: closure === 'EXPUNGED' ? str('proofNumber') : null,
              proofDate: closure === 'EXPUNGED' ? (dates.proofDate ?? null) : null,
              incidentId: closure === 'NEW_CONVICTION' ? incidentId : null,
            },
          },
        });
      if (action === 'reception')
        await recordReception({
          variables: {
            input: {
              returneeId,
              receivedOn: dates.receivedOn ?? '',
              meetingRecordNumber: str('meetingRecordNumber'),
              pledgeSigned,
              informationSheetDone: sheetDone,
            },
          },
        });
      if (action === 'release')
        await recordRelease({
          variables: {
            input: {
              returneeId,
              type: releaseType,
              prison: str('prison') ?? '',
              releasedOn: dates.releasedOn ?? '',
              certificateNumber: str('certificateNumber'),
              probationEndsOn: releaseType === 'PAROLE' ? (dates.probationEndsOn ?? null) : null,
            },
          },
        });
    }, onDone);
  }

  let body: ReactNode = null;
  if (action === 'startSupport') body = <Text size="sm">{t('returnee.lifecycle.startSupportBody')}</Text>;
  if (action === 'reopen')
    body = <Textarea label={t('returnee.lifecycle.reopenReason')} required {...field('reason')} />;
  if (action === 'close')
    body = (
      <>
        <Select
          label={t('returnee.lifecycle.closeReason')}
          data={CLOSURE_REASONS.map((value) => ({ value, label: label(CLOSURE_REASON_LABELS, value) }))}
          value={closure}
          onChange={(v) => setClosure(CLOSURE_REASONS.find((r) => r === v) ?? ClosureReason.OTHER)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={errors.fields.reason || undefined}
        />
        <DateField label={t('returnee.lifecycle.closedOn')} required {...date('closedOn')} />
        {closure === 'EXPUNGED' && (
          <>
            <TextInput label={t('returnee.lifecycle.proofNumber')} required {...field('proofNumber')} />
            <DateField label={t('returnee.lifecycle.proofDate')} required {...date('proofDate')} />
          </>
        )}
        {closure === 'NEW_CONVICTION' && (
          <NewOffenceSelect
            returneeId={returneeId}
            value={incidentId}
            onChange={setIncidentId}
            error={errors.fields.incidentId || undefined}
          />
        )}
        <Textarea label={t('returnee.lifecycle.note')} {...field('note')} />
      </>
    );
  if (action === 'reception')
    body = (
      <>
        <DateField label={t('returnee.lifecycle.receivedOn')} required {...date('receivedOn')} />
        <TextInput label={t('returnee.lifecycle.meetingRecordNumber')} {...field('meetingRecordNumber')} />
        <Checkbox
          label={t('returnee.lifecycle.pledgeSigned')}
          checked={pledgeSigned}
          onChange={(e) => setPledgeSigned(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('returnee.lifecycle.informationSheetDone')}
          checked={sheetDone}
          onChange={(e) => setSheetDone(e.currentTarget.checked)}
        />
      </>
    );
  if (action === 'release')
    body = (
      <>
        <Select
          label={t('returnee.lifecycle.releaseType')}
          data={RELEASE_TYPES.map((value) => ({ value, label: label(RELEASE_TYPE_LABELS, value) }))}
          value={releaseType}
          onChange={(v) => setReleaseType(RELEASE_TYPES.find((r) => r === v) ?? ReleaseType.FULL_TERM)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={errors.fields.type || undefined}
        />
        <TextInput label={t('returnee.lifecycle.prison')} required {...field('prison')} />
        <DateField label={t('returnee.lifecycle.releasedOn')} required {...date('releasedOn')} />
        <TextInput label={t('returnee.lifecycle.certificateNumber')} {...field('certificateNumber')} />
        {releaseType === 'PAROLE' && (
          <DateField label={t('returnee.lifecycle.probationEndsOn')} required {...date('probationEndsOn')} />
        )}
      </>
    );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError message={errors.form} />
        {body}
        <DialogFooter onCancel={onDone} submitting={submitting} submitLabel={t('returnee.lifecycle.confirm')} />
      </Stack>
    </form>
  );
}

/** Lifecycle buttons: only the steps `allowedTransitions` permits from the current status. */
export function LifecycleActions({
  returneeId,
  status,
  allowed,
}: {
  returneeId: string;
  status: CaseStatus;
  allowed: readonly CaseStatus[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const actions = actionsFor(status, allowed);
  if (actions.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('returnee.actions')} data-testid="lifecycle-actions">
        {actions.map((action) => (
          <Button
            key={action}
            size="xs"
            variant={action === 'close' ? 'default' : 'light'}
            color={action === 'close' ? 'red' : undefined}
            onClick={() => setOpen(action)}
          >
            {t(ACTION_LABEL[action])}
          </Button>
        ))}
      </Group>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? t(ACTION_LABEL[open]) : ''}>
        {open && <ActionForm action={open} returneeId={returneeId} onDone={() => setOpen(null)} />}
      </Modal>
    </>
  );
}
