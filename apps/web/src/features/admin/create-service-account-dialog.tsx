import { useMutation, useQuery } from '@apollo/client/react';
import { addMonths, Role, SERVICE_ACCOUNT_ROLES, todayInVietnam } from '@hoanhap/shared';
import { Select, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import {
  type AdminServiceAccountFragment,
  CreateServiceAccountDocument,
  DataSharingAgreementsDocument,
} from '../../gql/graphql';
import { inForce } from './agreements/agreement-in-force';
import { RoleUnitFields } from './role-unit-fields';
import { useCurrentUser } from '../auth/current-user';
import { FormDialog } from '../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../components/forms/bound-field';

/** The read operations departments' systems use; any other root field name may be typed. */
export const DEPARTMENT_OPERATIONS = [
  'reintegrationStats',
  'returnees',
  'returnee',
  'expungementPreview',
  'pledges',
  'pledgeScoreboard',
  'auditLog',
  'submittedReports',
  'reportSubmissions',
  'reportSubmission',
] as const;
const FIELDS = ['name', 'role', 'agreementId', 'unitCode', 'allowedOperations', 'expiresOn'] as const;

/** "Tạo tài khoản dịch vụ": a department's system reading a unit's figures with a key, until it expires. */
export function CreateServiceAccountDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (key: string, account: AdminServiceAccountFragment) => void;
}) {
  const { t } = useTranslation('admin');
  const me = useCurrentUser();
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [create] = useMutation(CreateServiceAccountDocument);
  // Keys are made under an agreement in force; its operations and unit bound the key's.
  const agreements = useQuery(DataSharingAgreementsDocument, { skip: !opened });
  const usable = (agreements.data?.dataSharingAgreements ?? []).filter((a) => inForce(a, todayInVietnam()));
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const defaultExpiry = () => addMonths(todayInVietnam(), 12);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>(Role.VIEWER);
  const [unitCode, setUnitCode] = useState(me.unit.code);
  const [operations, setOperations] = useState<string[]>(['reintegrationStats']);
  const [expiresOn, setExpiresOn] = useState<string | null>(defaultExpiry);

  function close() {
    setName('');
    setAgreementId(null);
    setRole(Role.VIEWER);
    setUnitCode(me.unit.code);
    setOperations(['reintegrationStats']);
    setExpiresOn(defaultExpiry());
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = reason('REQUIRED');
    if (!role) fields.role = reason('REQUIRED');
    if (!agreementId) fields.agreementId = reason('REQUIRED');
    if (!unitCode.trim()) fields.unitCode = reason('REQUIRED');
    if (operations.length === 0) fields.allowedOperations = t('serviceAccounts.form.operationsRequired');
    if (!expiresOn) fields.expiresOn = reason('REQUIRED');
    if (Object.keys(fields).length > 0 || !role || !expiresOn || !agreementId) return invalid(fields);
    await submit(
      () =>
        create({
          variables: {
            input: {
              name: name.trim(),
              role,
              agreementId,
              unitCode: unitCode.trim(),
              allowedOperations: operations,
              expiresOn,
            },
          },
        }),
      ({ data }) => {
        if (!data) return;
        onCreated(data.createServiceAccount.key, data.createServiceAccount.serviceAccount);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('serviceAccounts.form.title')}
      size="lg"
      testId="create-service-account-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('serviceAccounts.form.submit')}
    >
      <TextInput
        label={t('serviceAccounts.form.name')}
        placeholder={t('serviceAccounts.form.namePlaceholder')}
        required
        data-autofocus
        {...textProps(errors, 'name', name, setName)}
      />
      <Select
        label={t('serviceAccounts.form.agreement')}
        description={
          usable.length === 0 && !agreements.loading
            ? t('serviceAccounts.form.noAgreement')
            : t('serviceAccounts.form.agreementHint')
        }
        data={usable.map((a) => ({ value: a.id, label: `${a.counterpart} – ${a.legalBasisNumber}` }))}
        required
        comboboxProps={{ withinPortal: false }}
        value={agreementId}
        error={errors.fields.agreementId}
        onChange={(id) => {
          setAgreementId(id);
          const chosen = usable.find((a) => a.id === id);
          if (!chosen) return;
          setUnitCode(chosen.unit.code);
          setOperations((ops) => {
            const kept = ops.filter((op) => chosen.allowedOperations.includes(op));
            return kept.length > 0 ? kept : chosen.allowedOperations.slice(0, 1);
          });
        }}
      />
      <RoleUnitFields
        texts="serviceAccounts.form"
        roles={SERVICE_ACCOUNT_ROLES}
        role={role}
        onRole={setRole}
        unitCode={unitCode}
        onUnitCode={setUnitCode}
        errors={errors}
      />
      <TagsInput
        label={t('serviceAccounts.form.operations')}
        description={t('serviceAccounts.form.operationsHint')}
        data={[...DEPARTMENT_OPERATIONS]}
        clearable
        required
        {...fieldProps(errors, 'allowedOperations', operations, setOperations)}
      />
      <DateField
        label={t('serviceAccounts.form.expiresOn')}
        description={t('serviceAccounts.form.expiresOnHint')}
        required
        {...fieldProps(errors, 'expiresOn', expiresOn, setExpiresOn)}
      />
    </FormDialog>
  );
}
