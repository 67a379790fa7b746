import { useMutation } from '@apollo/client/react';
import { HELPER_ROLE_LABELS, HelperRole, todayInVietnam } from '@hoanhap/shared';
import { List, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { AssignHelperToManyDocument } from '../../../gql/graphql';
import { LISTS_NS } from '../../../i18n/lists';
import { OrganisationSelect } from '../../pickers/organisation-select';
import { ASSIGN_FIELDS, personKey, useAssignRefusal } from './assign-errors';
import { DialogFooter } from '../../../components/forms/dialog-footer';
import { FormError } from '../../../components/forms/form-error';

const ROLES: readonly HelperRole[] = [HelperRole.PRIMARY, HelperRole.SUPPORTING];

export interface BulkAssignDialogProps {
  opened: boolean;
  onClose: () => void;
  people: readonly { id: string; fullName: string }[];
  onAssigned: (helperName: string, count: number) => void;
}

/** Assigns one helper to the selected people at once; the API saves all of them or none. */
export function BulkAssignDialog({ opened, onClose, people, onAssigned }: BulkAssignDialogProps) {
  const { t } = useTranslation(LISTS_NS);
  const label = useEnumLabel();
  const map = useAssignRefusal(people);
  const { errors, invalid, clear, reset, reason, submitting, submit } = useMutationForm({ fields: ASSIGN_FIELDS, map });
  const [assign] = useMutation(AssignHelperToManyDocument, {
    update(cache, _result, { variables }) {
      // The people's files now list the helper (and may have moved to "under support").
      for (const id of variables?.input.returneeIds ?? []) {
        const entity = cache.identify({ __typename: 'Returnee', id });
        cache.evict({ id: entity, fieldName: 'helpers' });
        cache.evict({ id: entity, fieldName: 'status' });
        cache.evict({ id: entity, fieldName: 'allowedTransitions' });
      }
      cache.gc();
    },
  });
  const [helperName, setHelperName] = useState('');
  const [helperPhone, setHelperPhone] = useState('');
  const [helperUserId, setHelperUserId] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<HelperRole>(HelperRole.SUPPORTING);
  const [startedOn, setStartedOn] = useState<string | null>(todayInVietnam());

  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts without errors.
  useEffect(() => {
    if (opened) reset();
  }, [opened]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (helperName.trim().length < 2) fields.helperName = reason('REQUIRED');
    if (!organisationId) fields.organisationId = reason('REQUIRED');
    if (!startedOn) fields.startedOn = reason('REQUIRED');
    if (Object.keys(fields).length > 0 || !organisationId || !startedOn) {
      return invalid(fields);
    }
    await submit(
      () =>
        assign({
          variables: {
            input: {
              returneeIds: people.map((p) => p.id),
              helperName: helperName.trim(),
              helperPhone: helperPhone.trim() || null,
              helperUserId: helperUserId.trim() || null,
              organisationId,
              role,
              startedOn,
            },
          },
        }),
      ({ data }) => onAssigned(helperName.trim(), data?.assignHelperToMany.length ?? people.length),
    );
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('bulk.title', { count: people.length })} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={t('bulk.assign')} data-testid="bulk-assign-form">
        <Stack gap="sm">
          <FormError message={errors.form} testId="bulk-assign-error" />
          <div>
            <Text size="sm" fw={500}>
              {t('bulk.people')}
            </Text>
            <List size="sm" data-testid="bulk-people">
              {people.map((p, i) => (
                <List.Item key={p.id} c={errors.fields[personKey(i)] ? 'red' : undefined}>
                  {p.fullName}
                </List.Item>
              ))}
            </List>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('bulk.helperName')}
              value={helperName}
              onChange={(event) => {
                setHelperName(event.currentTarget.value);
                clear('helperName');
              }}
              required
              error={errors.fields.helperName || undefined}
              data-testid="bulk-helper-name"
            />
            <TextInput
              label={t('bulk.helperPhone')}
              value={helperPhone}
              onChange={(event) => {
                setHelperPhone(event.currentTarget.value);
                clear('helperPhone');
              }}
              type="tel"
              error={errors.fields.helperPhone || undefined}
            />
            <OrganisationSelect
              label={t('bulk.organisation')}
              value={organisationId}
              onChange={(value) => {
                setOrganisationId(value);
                clear('organisationId');
              }}
              required
              error={errors.fields.organisationId || undefined}
              data-testid="bulk-organisation"
            />
            <Select
              label={t('bulk.role')}
              data={ROLES.map((value) => ({ value, label: label(HELPER_ROLE_LABELS, value) }))}
              value={role}
              onChange={(value) => setRole(ROLES.find((r) => r === value) ?? HelperRole.SUPPORTING)}
              allowDeselect={false}
              required
              error={errors.fields.role || undefined}
              data-testid="bulk-role"
            />
            <DateField
              label={t('bulk.startedOn')}
              value={startedOn}
              onChange={(value) => {
                setStartedOn(value);
                clear('startedOn');
              }}
              required
              error={errors.fields.startedOn || undefined}
            />
            <TextInput
              label={t('bulk.helperUserId')}
              description={t('bulk.helperUserIdHint')}
              value={helperUserId}
              onChange={(event) => {
                setHelperUserId(event.currentTarget.value);
                clear('helperUserId');
              }}
              error={errors.fields.helperUserId || undefined}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('bulk.allOrNothing')}
          </Text>
          <DialogFooter
            onCancel={onClose}
            cancelLabel={t('bulk.cancel')}
            submitting={submitting}
            submitLabel={t('bulk.submit')}
            submitTestId="bulk-assign-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}

export default BulkAssignDialog;
