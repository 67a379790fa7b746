import { useApolloClient, useMutation } from '@apollo/client/react';
import { formatDateVi, SEX_LABELS, Sex } from '@hoanhap/shared';
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../apollo/error-code';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { type FormErrors, NO_ERRORS } from '../../../components/form-errors';
import { ReturneeDetailDocument, UpdateReturneeDocument } from '../../../gql/graphql';
import { useCaseworkErrors } from '../forms/casework-errors';
import { FamilyContactsField } from '../forms/family-contacts-field';
import {
  EDITABLE_KEYS,
  PROFILE_KEYS,
  type ProfileValues,
  profileValues,
  reapplyChanges,
  toUpdateInput,
} from './profile-form';
import type { ReturneeDetail } from './types';

const SEXES: readonly Sex[] = [Sex.MALE, Sex.FEMALE];

interface Editing {
  /** What the form started from, and the version it was read at. */
  base: ProfileValues;
  version: number;
  values: ProfileValues;
}

/** The conflict dialog: someone saved in between; reload and re-apply, or give up the edit. */
export function ConflictDialog({
  opened,
  busy,
  onReapply,
  onDiscard,
}: {
  opened: boolean;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onDiscard} title={t('returnee.conflict.title')} data-testid="conflict-dialog">
      <Stack gap="md">
        <Text size="sm">{t('returnee.conflict.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDiscard} disabled={busy}>
            {t('returnee.conflict.discard')}
          </Button>
          <Button onClick={onReapply} loading={busy}>
            {t('returnee.conflict.reapply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ProfileView({ returnee }: { returnee: ReturneeDetail }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const v = profileValues(returnee);
  const show = (key: (typeof PROFILE_KEYS)[number]): string => {
    if (key === 'citizenId') return returnee.citizenId ?? t('returnee.profile.citizenIdHidden');
    if (key === 'sex') return label(SEX_LABELS, v.sex);
    if (key === 'otherNames') return v.otherNames.join(', ') || '—';
    if (key === 'dateOfBirth' || key === 'returnedOn') return v[key] ? formatDateVi(v[key]) : '—';
    return v[key] || '—';
  };
  return (
    <Table variant="vertical" layout="fixed" data-testid="profile-view">
      <Table.Tbody>
        {PROFILE_KEYS.map((key) => (
          <Table.Tr key={key}>
            <Table.Th w={220}>{t(`returnee.profile.${key}`)}</Table.Th>
            <Table.Td data-testid={`profile-${key}`}>{show(key)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th>{t('returnee.profile.familyContacts')}</Table.Th>
          <Table.Td data-testid="profile-familyContacts">
            {returnee.familyContacts.length === 0
              ? '—'
              : returnee.familyContacts
                  .map((c) => `${c.name} (${c.relation})${c.phone ? ` ${c.phone}` : ''}`)
                  .join('; ')}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function ProfileTab({ returnee, canEdit }: { returnee: ReturneeDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const toFormErrors = useCaseworkErrors(EDITABLE_KEYS);
  const [update, { loading }] = useMutation(UpdateReturneeDocument);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const startEditing = () => {
    const base = profileValues(returnee);
    setEditing({ base, version: returnee.version, values: base });
    setErrors(NO_ERRORS);
    setNotice(null);
  };
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setEditing((prev) => (prev ? { ...prev, values: { ...prev.values, [key]: value } } : prev));
    // A list's cells ("familyContacts.1.phone") clear with it.
    setErrors((prev) => ({
      ...prev,
      fields: Object.fromEntries(
        Object.entries({ ...prev.fields, [key]: '' }).filter(([name]) => !name.startsWith(`${key}.`)),
      ),
    }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing) return;
    try {
      await update({ variables: { input: toUpdateInput(returnee.id, editing.version, editing.base, editing.values) } });
      setEditing(null);
      setErrors(NO_ERRORS);
      setNotice(t('returnee.profile.saved'));
    } catch (error) {
      if (apiErrorInfo(error).code === 'CONFLICT') setConflict(true);
      else setErrors(toFormErrors(error));
    }
  }

  async function loadLatest(): Promise<ReturneeDetail | null> {
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
    setConflict(false);
    setNotice(t('returnee.conflict.reapplied'));
  }

  async function discard() {
    setConflict(false);
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
            {errors.form && (
              <Alert color="red" variant="light" role="alert">
                {errors.form}
              </Alert>
            )}
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
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {loading ? t('common.saving') : t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ConflictDialog
        opened={conflict}
        busy={reloading}
        onReapply={() => void reapply()}
        onDiscard={() => void discard()}
      />
    </Stack>
  );
}
