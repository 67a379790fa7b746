import { useQuery } from '@apollo/client/react';
import { HELPER_ROLE_LABELS, HelperRole, todayInVietnam } from '@hoanhap/shared';
import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { HelperAccountsDocument, type AssignHelperFormFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { OrganisationSelect } from '../../pickers/organisation-select';
import { SelectField } from '../../../components/forms/select-field';
import { type CaseFormProps, FormShell } from './form-shell';
import { useCaseworkForm } from './use-case-form';
import { useAssignHelper } from './use-casework-a-mutations';

const ROLES: readonly HelperRole[] = [HelperRole.PRIMARY, HelperRole.SUPPORTING];
const FIELDS = ['helperName', 'helperPhone', 'helperUserId', 'organisationId', 'role', 'startedOn'] as const;

interface AssignHelperFormProps extends CaseFormProps {
  returnee: AssignHelperFormFieldsFragment;
}

/** "Phân công người giúp đỡ": a helper from one of the organisations of the person's ward. */
export function AssignHelperForm({ returnee, onSaved, onCancel }: AssignHelperFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const form = useCaseworkForm(FIELDS);
  const { errors, invalid, clear, reason, submit } = form;
  const [assignHelper] = useAssignHelper();
  // One active PRIMARY per person: offer SUPPORTING once someone holds it.
  const hasPrimary = returnee.helpers.some((h) => h.role === 'PRIMARY' && !h.endedOn);
  const [helperName, setHelperName] = useState('');
  const [helperPhone, setHelperPhone] = useState('');
  const [helperUserId, setHelperUserId] = useState<string | null>(null);
  const accounts = useQuery(HelperAccountsDocument, { variables: { returneeId: returnee.id } });
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<HelperRole>(hasPrimary ? HelperRole.SUPPORTING : HelperRole.PRIMARY);
  const [startedOn, setStartedOn] = useState<string | null>(todayInVietnam());

  async function save() {
    const fields: Record<string, string> = {};
    if (helperName.trim().length < 2) fields.helperName = reason('REQUIRED');
    if (!organisationId) fields.organisationId = reason('REQUIRED');
    if (!startedOn) fields.startedOn = reason('REQUIRED');
    if (!organisationId || !startedOn || fields.helperName) {
      return invalid(fields);
    }
    await submit(
      () =>
        assignHelper({
          variables: {
            input: {
              returneeId: returnee.id,
              helperName: helperName.trim(),
              helperPhone: helperPhone.trim() || null,
              helperUserId,
              organisationId,
              role,
              startedOn,
            },
          },
        }),
      onSaved,
    );
  }

  /** Linking an account fills in what it already says: the name, and the organisation it belongs to. */
  function chooseAccount(id: string | null) {
    setHelperUserId(id);
    clear('helperUserId');
    const account = accounts.data?.helperAccounts.find((a) => a.id === id);
    if (!account) return;
    if (!helperName.trim()) setHelperName(account.displayName);
    if (account.organisationId) setOrganisationId(account.organisationId);
    clear('helperName');
    clear('organisationId');
  }

  return (
    <FormShell
      label={t('helpers.assign')}
      testId="assign-helper-form"
      form={form}
      submitLabel={t('helpers.assignSubmit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Select
        label={t('helpers.account')}
        description={t('helpers.accountHint')}
        data={(accounts.data?.helperAccounts ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
        value={helperUserId}
        onChange={chooseAccount}
        clearable
        searchable
        disabled={accounts.loading}
        placeholder={accounts.loading ? t('app.loading', { ns: 'translation' }) : undefined}
        nothingFoundMessage={t('helpers.noAccount')}
        comboboxProps={{ withinPortal: false }}
        error={errors.fields.helperUserId || (accounts.error ? t('helpers.accountsFailed') : undefined)}
      />
      <TextInput
        label={t('helpers.name')}
        value={helperName}
        onChange={(e) => {
          setHelperName(e.currentTarget.value);
          clear('helperName');
        }}
        required
        data-autofocus
        error={errors.fields.helperName || undefined}
      />
      <TextInput
        label={t('helpers.phone')}
        inputMode="tel"
        value={helperPhone}
        onChange={(e) => {
          setHelperPhone(e.currentTarget.value);
          clear('helperPhone');
        }}
        error={errors.fields.helperPhone || undefined}
      />
      <OrganisationSelect
        label={t('helpers.organisation')}
        description={t('helpers.organisationHint', { unit: returnee.unit.name })}
        unitId={returnee.unit.id}
        value={organisationId}
        onChange={(id) => {
          setOrganisationId(id);
          clear('organisationId');
        }}
        required
        comboboxProps={{ withinPortal: false }}
        error={errors.fields.organisationId || undefined}
      />
      <Group grow align="flex-start">
        <SelectField
          form={form}
          name="role"
          label={t('helpers.role')}
          labels={HELPER_ROLE_LABELS}
          options={ROLES}
          value={role}
          onChange={(value) => setRole(value ?? HelperRole.SUPPORTING)}
          allowDeselect={false}
          required
        />
        <DateInputField
          {...bound(form, 'startedOn', startedOn, setStartedOn)}
          label={t('helpers.startedOn')}
          required
        />
      </Group>
    </FormShell>
  );
}
