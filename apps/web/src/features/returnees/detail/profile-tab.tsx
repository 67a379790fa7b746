import { useApolloClient, useMutation } from '@apollo/client/react';
import { Sex, SEX_LABELS } from '@hoanhap/shared';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { ReturneeDetailDocument, UpdateReturneeDocument, type ProfileTabFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { FamilyContactsField } from '../forms/family-contacts-field';
import { ProfileConflictDialog } from './profile-conflict-dialog';
import { EDITABLE_KEYS, type ProfileValues, profileValues, reapplyChanges, toUpdateInput } from './profile-form';
import { ProfileView } from './profile-view';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';

const SEXES: readonly Sex[] = [Sex.MALE, Sex.FEMALE];

interface Editing {
  /** What the form started from, and the version it was read at. */
  base: ProfileValues;
  version: number;
  values: ProfileValues;
}

export function ProfileTab({ returnee, canEdit }: { returnee: ProfileTabFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  // A family contact's cell ("familyContacts.1.phone") is marked as well as the list.
  const { errors, clear, reset, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: EDITABLE_KEYS,
    ns: CASEWORK_NS,
    paths: 'both',
    conflictDialog: true,
  });
  const [update] = useMutation(UpdateReturneeDocument);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reloading, setReloading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const startEditing = () => {
    const base = profileValues(returnee);
    setEditing({ base, version: returnee.version, values: base });
    reset();
    setNotice(null);
  };
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setEditing((prev) => (prev ? { ...prev, values: { ...prev.values, [key]: value } } : prev));
    // A list's cells ("familyContacts.1.phone") clear with it.
    clear(key);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing) return;
    const input = toUpdateInput(returnee.id, editing.version, editing.base, editing.values);
    await submit(
      () => update({ variables: { input } }),
      () => {
        setEditing(null);
        setNotice(t('returnee.profile.saved'));
      },
    );
  }

  async function loadLatest(): Promise<ProfileTabFieldsFragment | null> {
    setReloading(true);
    try {
      const { data } = await client.query({
        query: ReturneeDetailDocument,
        variables: { id: returnee.id },
        fetchPolicy: 'network-only',
      });
      return data?.returnee ?? null;
    } finally {
      setReloading(false);
    }
  }

  async function reapply() {
    if (!editing) return;
    const latest = await loadLatest().catch(() => null);
    if (!latest) return;
    const latestValues = profileValues(latest);
    setEditing({
      base: latestValues,
      version: latest.version,
      values: reapplyChanges(editing.base, editing.values, latestValues),
    });
    closeConflict();
    setNotice(t('returnee.conflict.reapplied'));
  }

  async function discard() {
    closeConflict();
    setEditing(null);
    setNotice(null);
    await loadLatest().catch(() => null);
  }

  const v = editing?.values;
  return (
    <Stack gap="md">
      {notice && (
        <Alert color={editing ? 'yellow' : 'green'} variant="light" role="status" data-testid="profile-notice">
          {notice}
        </Alert>
      )}
      {!v ? (
        <>
          <ProfileView returnee={returnee} />
          {canEdit && (
            <Group>
              <Button variant="default" onClick={startEditing}>
                {t('returnee.profile.edit')}
              </Button>
            </Group>
          )}
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label={t('returnee.profile.edit')} data-testid="profile-form">
          <Stack gap="sm">
            <FormError message={errors.form} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('returnee.profile.fullName')}
                value={v.fullName}
                onChange={(e) => set('fullName', e.currentTarget.value)}
                required
                error={errors.fields.fullName || undefined}
              />
              <TagsInput
                label={t('returnee.profile.otherNames')}
                description={t('returnee.profile.otherNamesHint')}
                value={v.otherNames}
                onChange={(names) => set('otherNames', names)}
                error={errors.fields.otherNames || undefined}
              />
              <DateField
                label={t('returnee.profile.dateOfBirth')}
                value={v.dateOfBirth}
                onChange={(d) => set('dateOfBirth', d)}
                error={errors.fields.dateOfBirth || undefined}
              />
              <Select
                label={t('returnee.profile.sex')}
                data={SEXES.map((value) => ({ value, label: label(SEX_LABELS, value) }))}
                value={v.sex}
                onChange={(s) => set('sex', SEXES.find((x) => x === s) ?? null)}
                clearable
                error={errors.fields.sex || undefined}
              />
              <TextInput
                label={t('returnee.profile.citizenId')}
                value={v.citizenId}
                inputMode="numeric"
                onChange={(e) => set('citizenId', e.currentTarget.value)}
                error={errors.fields.citizenId || undefined}
              />
              <TextInput
                label={t('returnee.profile.residentialGroup')}
                value={v.residentialGroup}
                onChange={(e) => set('residentialGroup', e.currentTarget.value)}
                error={errors.fields.residentialGroup || undefined}
              />
              <TextInput
                label={t('returnee.profile.permanentAddress')}
                value={v.permanentAddress}
                onChange={(e) => set('permanentAddress', e.currentTarget.value)}
                error={errors.fields.permanentAddress || undefined}
              />
              <TextInput
                label={t('returnee.profile.currentAddress')}
                value={v.currentAddress}
                onChange={(e) => set('currentAddress', e.currentTarget.value)}
                error={errors.fields.currentAddress || undefined}
              />
              <DateField
                label={t('returnee.profile.returnedOn')}
                value={v.returnedOn}
                onChange={(d) => set('returnedOn', d)}
                error={errors.fields.returnedOn || undefined}
              />
            </SimpleGrid>
            <FamilyContactsField
              value={v.familyContacts}
              onChange={(contacts) => set('familyContacts', contacts)}
              errors={errors.fields}
            />
            <DialogFooter
              onCancel={() => setEditing(null)}
              submitting={submitting}
              submitLabel={submitting ? t('common.saving') : t('common.save')}
            />
          </Stack>
        </form>
      )}
      <ProfileConflictDialog
        opened={conflict !== null}
        busy={reloading}
        onReapply={() => void reapply()}
        onDiscard={() => void discard()}
      />
    </Stack>
  );
}
