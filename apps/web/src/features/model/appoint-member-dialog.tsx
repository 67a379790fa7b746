import { useMutation } from '@apollo/client/react';
import { COMMITTEE_ROLE_LABELS, CommitteeRole, todayInVietnam } from '@hoanhap/shared';
import { Group, Select, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { AppointCommitteeMemberDocument, type CommitteeMemberRowFragment } from '../../gql/graphql';
import { OrganisationSelect } from '../pickers/organisation-select';
import { FormDialog } from '../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../components/forms/bound-field';

const FIELDS = ['personName', 'title', 'organisationId', 'role', 'startedOn', 'replacesMemberId'] as const;
const ROLES: readonly CommitteeRole[] = [
  CommitteeRole.HEAD,
  CommitteeRole.STANDING_DEPUTY,
  CommitteeRole.DEPUTY,
  CommitteeRole.MEMBER,
  CommitteeRole.SECRETARY,
];
/** Seats one person holds at a time: taking one that is held names the member replaced. */
export const SINGLE_SEATS: readonly CommitteeRole[] = [CommitteeRole.HEAD, CommitteeRole.STANDING_DEPUTY];

/** What the "replace" path of the end dialog fills in ahead. */
export interface AppointPreset {
  role: CommitteeRole;
  replacesMemberId: string;
}

interface AppointMemberDialogProps {
  committeeId: string;
  /** Everyone still serving (no end date), to pick whom a held seat's appointment replaces. */
  serving: readonly CommitteeMemberRowFragment[];
  preset?: AppointPreset | null;
  opened: boolean;
  onClose: () => void;
  onAppointed: (member: CommitteeMemberRowFragment) => void;
}

/**
 * "Bổ nhiệm thành viên". The API keeps one HEAD and one STANDING_DEPUTY at a time: taking a held
 * seat without naming the member replaced is a CONFLICT with reason ROLE_TAKEN, shown at the
 * "replaces" field because that is where the officer fixes it.
 */
export function AppointMemberDialog(props: AppointMemberDialogProps) {
  // Mounted afresh each time it opens, so a preset (replace the head) starts a clean form.
  return props.opened ? <AppointMemberForm {...props} /> : null;
}

function AppointMemberForm({ committeeId, serving, preset, onClose, onAppointed }: AppointMemberDialogProps) {
  const { t } = useTranslation('model');
  const formHasErrors = t('errors.formHasErrors', { ns: 'translation' });
  const label = useEnumLabel();
  const [appoint] = useMutation(AppointCommitteeMemberDocument);
  const [personName, setPersonName] = useState('');
  const [title, setTitle] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<CommitteeRole>(preset?.role ?? CommitteeRole.MEMBER);
  const [startedOn, setStartedOn] = useState<string | null>(todayInVietnam());
  const [replacesMemberId, setReplacesMemberId] = useState<string | null>(preset?.replacesMemberId ?? null);

  const singleSeat = SINGLE_SEATS.includes(role);
  const holders = serving.filter((m) => m.role === role);
  const { errors, invalid, reason, submitting, submit } = useMutationForm({
    fields: FIELDS,
    ns: 'model',
    // A held seat is fixed by naming the member replaced (or, for other roles, another role).
    map: (info) =>
      info.code === 'CONFLICT' && info.reason === 'ROLE_TAKEN'
        ? { fields: { [singleSeat ? 'replacesMemberId' : 'role']: reason('ROLE_TAKEN') }, form: formHasErrors }
        : undefined,
  });

  function pickRole(value: string | null) {
    const next = ROLES.find((r) => r === value) ?? CommitteeRole.MEMBER;
    setRole(next);
    // The one serving in a single seat is the one replaced; other roles replace nobody.
    const held = serving.filter((m) => m.role === next);
    setReplacesMemberId(SINGLE_SEATS.includes(next) && held.length === 1 ? (held[0]?.id ?? null) : null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (personName.trim().length < 2) fields.personName = reason('REQUIRED');
    if (title.trim().length < 2) fields.title = reason('REQUIRED');
    if (!startedOn) fields.startedOn = reason('REQUIRED');
    if (Object.keys(fields).length > 0 || !startedOn) return invalid(fields);
    await submit(
      () =>
        appoint({
          variables: {
            input: {
              committeeId,
              personName: personName.trim(),
              title: title.trim(),
              organisationId,
              role,
              startedOn,
              replacesMemberId: singleSeat ? replacesMemberId : null,
            },
          },
        }),
      (result) => {
        if (result.data) onAppointed(result.data.appointCommitteeMember);
        onClose();
      },
    );
  }

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('model.appoint.title')}
      size="lg"
      testId="appoint-member-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('model.appoint.submit')}
    >
      <Text size="sm" c="dimmed">
        {t('model.appoint.intro')}
      </Text>
      <TextInput
        label={t('model.appoint.personName')}
        required
        data-autofocus
        {...textProps(errors, 'personName', personName, setPersonName)}
      />
      <TextInput
        label={t('model.appoint.position')}
        placeholder={t('model.appoint.positionPlaceholder')}
        required
        {...textProps(errors, 'title', title, setTitle)}
      />
      <OrganisationSelect
        label={t('model.appoint.organisation')}
        value={organisationId}
        onChange={setOrganisationId}
        error={errors.fields.organisationId}
        comboboxProps={{ withinPortal: false }}
      />
      <Group grow align="flex-start">
        <Select
          label={t('model.appoint.role')}
          data={ROLES.map((value) => ({ value, label: label(COMMITTEE_ROLE_LABELS, value) }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          required
          {...fieldProps(errors, 'role', role, pickRole)}
        />
        <DateField
          label={t('model.appoint.startedOn')}
          required
          {...fieldProps(errors, 'startedOn', startedOn, setStartedOn)}
        />
      </Group>
      {singleSeat && (
        <Select
          label={t('model.appoint.replaces')}
          description={t('model.appoint.replacesHint')}
          data={holders.map((m) => ({ value: m.id, label: `${m.personName} (${m.title})` }))}
          comboboxProps={{ withinPortal: false }}
          clearable
          {...fieldProps(errors, 'replacesMemberId', replacesMemberId, setReplacesMemberId)}
        />
      )}
    </FormDialog>
  );
}
