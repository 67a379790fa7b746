import { useMutation } from '@apollo/client/react';
import { labelOf, REDACTABLE_FIELDS } from '@hoanhap/shared';
import { MultiSelect, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { fieldProps, textProps } from '../../../components/forms/bound-field';
import { FormDialog } from '../../../components/forms/form-dialog';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import {
  type AdminAgreementFragment,
  CreateDataSharingAgreementDocument,
  UpdateDataSharingAgreementDocument,
} from '../../../gql/graphql';
import { useLang } from '../../../i18n/use-lang';
import { useCurrentUser } from '../../auth/current-user';
import { DEPARTMENT_OPERATIONS } from '../create-service-account-dialog';
import { type AgreementDraft, draftOf, draftProblems, newDraft, termsOf } from './agreement-draft';

const FIELDS = [
  'counterpart',
  'legalBasisNumber',
  'legalBasisDate',
  'purpose',
  'unitCode',
  'allowedOperations',
  'redactedFields',
  'startsOn',
  'endsOn',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

interface AgreementFormDialogProps {
  opened: boolean;
  /** The agreement being edited; null for a new one. */
  agreement: AdminAgreementFragment | null;
  onClose: () => void;
  onSaved: (saved: AdminAgreementFragment) => void;
}

/**
 * "Thỏa thuận chia sẻ dữ liệu": the legal basis, purpose and limits under which a department's keys
 * read the unit's data. An edit sends the version it read, so a concurrent edit is reported, not lost.
 */
export function AgreementFormDialog({ opened, agreement, onClose, onSaved }: AgreementFormDialogProps) {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const me = useCurrentUser();
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'admin' });
  const [create] = useMutation(CreateDataSharingAgreementDocument);
  const [update] = useMutation(UpdateDataSharingAgreementDocument);
  const [draft, setDraft] = useState<AgreementDraft>(() => newDraft(me.unit.code));
  const set =
    <K extends keyof AgreementDraft>(key: K) =>
    (value: AgreementDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  // Each opening starts from the edited agreement, or a new one of the admin's unit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reset` only clears the errors.
  useEffect(() => {
    if (!opened) return;
    setDraft(agreement ? draftOf(agreement) : newDraft(me.unit.code));
    reset();
  }, [opened, agreement]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = draftProblems(draft);
    if (Object.keys(problems).length > 0) {
      const fields: Record<string, string> = {};
      for (const [field, problem] of Object.entries(problems)) {
        fields[field] = problem === 'OPERATIONS_REQUIRED' ? t('agreements.form.operationsRequired') : reason(problem);
      }
      return invalid(fields);
    }
    const terms = termsOf(draft);
    await submit(
      async () => {
        if (agreement) {
          const res = await update({
            variables: { input: { ...terms, id: agreement.id, version: agreement.version } },
          });
          return { ...res, saved: res.data?.updateDataSharingAgreement };
        }
        const res = await create({ variables: { input: { ...terms, unitCode: draft.unitCode.trim() } } });
        return { ...res, saved: res.data?.createDataSharingAgreement };
      },
      ({ saved }) => {
        if (saved) onSaved(saved);
        onClose();
      },
    );
  }

  const redactable = Object.entries(REDACTABLE_FIELDS).map(([value, label]) => ({
    value,
    label: `${labelOf({ [value]: label }, value, lang)} (${value})`,
  }));

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={agreement ? t('agreements.form.editTitle') : t('agreements.form.title')}
      size="xl"
      testId="agreement-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('agreements.form.submit')}
    >
      <TextInput
        label={t('agreements.form.counterpart')}
        placeholder={t('agreements.form.counterpartPlaceholder')}
        required
        data-autofocus
        {...textProps(errors, 'counterpart', draft.counterpart, set('counterpart'))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('agreements.form.legalBasisNumber')}
          placeholder="125/QĐ-UBND"
          required
          {...textProps(errors, 'legalBasisNumber', draft.legalBasisNumber, set('legalBasisNumber'))}
        />
        <DateField
          label={t('agreements.form.legalBasisDate')}
          required
          {...fieldProps(errors, 'legalBasisDate', draft.legalBasisDate, set('legalBasisDate'))}
        />
      </SimpleGrid>
      <Textarea
        label={t('agreements.form.purpose')}
        required
        autosize
        minRows={2}
        {...textProps(errors, 'purpose', draft.purpose, set('purpose'))}
      />
      {!agreement && (
        <TextInput
          label={t('agreements.form.unitCode')}
          description={t('agreements.form.unitCodeHint')}
          required
          {...textProps(errors, 'unitCode', draft.unitCode, set('unitCode'))}
        />
      )}
      <TagsInput
        label={t('agreements.form.operations')}
        description={t('agreements.form.operationsHint')}
        data={[...DEPARTMENT_OPERATIONS]}
        clearable
        required
        comboboxProps={{ withinPortal: false }}
        {...fieldProps(errors, 'allowedOperations', draft.allowedOperations, set('allowedOperations'))}
      />
      <MultiSelect
        label={t('agreements.form.redacted')}
        description={t('agreements.form.redactedHint')}
        data={redactable}
        clearable
        comboboxProps={{ withinPortal: false }}
        {...fieldProps(errors, 'redactedFields', draft.redactedFields as string[], (v: string[]) =>
          set('redactedFields')(v as AgreementDraft['redactedFields']),
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('agreements.form.startsOn')}
          required
          {...fieldProps(errors, 'startsOn', draft.startsOn, set('startsOn'))}
        />
        <DateField
          label={t('agreements.form.endsOn')}
          description={t('agreements.form.endsOnHint')}
          required
          {...fieldProps(errors, 'endsOn', draft.endsOn, set('endsOn'))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('agreements.form.contactName')}
          {...textProps(errors, 'contactName', draft.contactName, set('contactName'))}
        />
        <TextInput
          label={t('agreements.form.contactEmail')}
          type="email"
          {...textProps(errors, 'contactEmail', draft.contactEmail, set('contactEmail'))}
        />
        <TextInput
          label={t('agreements.form.contactPhone')}
          {...textProps(errors, 'contactPhone', draft.contactPhone, set('contactPhone'))}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
