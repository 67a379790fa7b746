import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { formatDateVi } from '@hoanhap/shared';
import { Checkbox, Loader, Radio, Stack, Switch, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { textProps } from '../../../components/forms/bound-field';
import { FormDialog } from '../../../components/forms/form-dialog';
import { useReasonMessage } from '../../../components/forms/form-errors';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { MergeCandidatesDocument, MergeReturneesDocument } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { MergeCompare } from './merge-compare';

export const REASON_MAX = 500;

interface MergeDialogProps {
  returneeId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * "Gộp hồ sơ trùng": the officer picks the other record of the same person among the possible
 * duplicates, compares both side by side, chooses which one is kept, says why and confirms. The
 * API moves everything to the kept record; the app then opens it, saying what happened.
 */
export function MergeDialog({ returneeId, opened, onClose }: MergeDialogProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const navigate = useNavigate();
  const reasonMessage = useReasonMessage('casework');
  const { data, loading } = useQuery(MergeCandidatesDocument, {
    variables: { id: returneeId },
    skip: !opened,
    fetchPolicy: 'network-only',
  });
  // A refusal of the merge itself (the same record, an open case elsewhere) is said for the whole form.
  const { errors, invalid, reset, submitting, submit } = useMutationForm({
    fields: ['reason', 'confirmed'],
    ns: 'casework',
    map: (info) =>
      info.code === 'BAD_USER_INPUT' && info.reason?.startsWith('MERGE_')
        ? { fields: {}, form: reasonMessage(info.reason) }
        : undefined,
  });
  const [merge] = useMutation(MergeReturneesDocument);
  const { cache } = useApolloClient();
  const [otherId, setOtherId] = useState<string | null>(null);
  const [keepOther, setKeepOther] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);

  const person = data?.person;
  const candidates = data?.possibleDuplicates ?? [];
  const other = candidates.find((c) => c.id === otherId);
  const [survivor, absorbed] = keepOther ? [other, person] : [person, other];

  function close() {
    setOtherId(null);
    setKeepOther(false);
    setReason('');
    setConfirmed(false);
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!survivor || !absorbed) return invalid({ other: t('merge.chooseOther') });
    const fields: Record<string, string> = {};
    if (!reason.trim()) fields.reason = t('merge.reasonRequired');
    if (!confirmed) fields.confirmed = t('merge.confirmRequired');
    if (Object.keys(fields).length > 0) return invalid(fields);
    const input = {
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      absorbedId: absorbed.id,
      absorbedVersion: absorbed.version,
      reason: reason.trim(),
    };
    await submit(
      () => merge({ variables: { input } }),
      async () => {
        close();
        // Both files and every list changed: the absorbed one is gone, the kept one holds more.
        // Forgotten once the dialog is closed, so its own query is not read again.
        for (const id of [input.survivorId, input.absorbedId]) {
          cache.evict({ id: cache.identify({ __typename: 'Returnee', id }) });
        }
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'returnees' });
        cache.gc();
        await navigate(`/returnees/${encodeURIComponent(input.survivorId)}`, {
          state: { notice: t('merge.done', { name: survivor.fullName }) },
        });
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('merge.title')}
      size="xl"
      testId="merge-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('merge.submit')}
    >
      <Text size="sm">{t('merge.intro')}</Text>
      {loading && <Loader size="sm" aria-label={t('merge.searching')} />}
      {!loading && data && candidates.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="merge-none">
          {t('merge.none')}
        </Text>
      )}
      {candidates.length > 0 && (
        <Radio.Group
          label={t('merge.candidates')}
          value={otherId}
          onChange={(value) => setOtherId(value)}
          error={errors.fields.other}
        >
          <Stack gap={4} mt="xs">
            {candidates.map((c) => (
              <Radio
                key={c.id}
                value={c.id}
                label={[c.fullName, c.dateOfBirth && formatDateVi(c.dateOfBirth), c.unit.name]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {survivor && absorbed && (
        <>
          <Switch
            checked={keepOther}
            onChange={(e) => setKeepOther(e.currentTarget.checked)}
            label={t('merge.keepOther')}
            description={t('merge.keepHint')}
          />
          <MergeCompare survivor={survivor} absorbed={absorbed} />
          <Textarea
            label={t('merge.reason')}
            placeholder={t('merge.reasonPlaceholder')}
            maxLength={REASON_MAX}
            autosize
            minRows={2}
            required
            {...textProps(errors, 'reason', reason, setReason)}
          />
          <Checkbox
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
            label={t('merge.confirm', { kept: survivor.fullName })}
            error={errors.fields.confirmed}
          />
        </>
      )}
    </FormDialog>
  );
}
