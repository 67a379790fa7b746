import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateVi, IMPORT_FLAG_DECISION_LABELS, ImportFlagDecision } from '@hoanhap/shared';
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { FormError } from '../../components/forms/form-error';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { DataTable, ListState } from '../../components/list-state';
import { DecideImportFlagDocument, type ImportFlagFieldsFragment, ImportFlagsDocument } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';

/** Flagged rows shown at once: the API's page size. */
export const FLAGS_SHOWN = 100;

/**
 * "Quyết định các dòng có thể trùng": a button that opens the import's flagged rows, each beside
 * the person on record it may be, for the officer to say "same person" or "someone else".
 */
export function FlaggedRowsButton({ jobId, count }: { jobId: string; count: number }) {
  const { t } = useTranslation(IMPORTS_NS);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" size="xs" onClick={() => setOpened(true)} data-testid="open-flags">
        {t('flags.open', { count })}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('flags.title')} size="xl">
        {opened && <FlaggedRows jobId={jobId} />}
      </Modal>
    </>
  );
}

function FlaggedRows({ jobId }: { jobId: string }) {
  const { t } = useTranslation(IMPORTS_NS);
  const { data, loading, error, refetch } = useQuery(ImportFlagsDocument, {
    variables: { id: jobId, first: FLAGS_SHOWN },
    fetchPolicy: 'network-only',
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('flags.intro')}</Text>
      <ListState
        data={data?.importJob?.flags}
        loading={loading}
        error={error}
        isEmpty={(flags) => flags.length === 0}
        loadFailed={t('flags.loadFailed')}
        onRetry={() => void refetch().catch(() => undefined)}
        empty={t('flags.empty')}
        loadingHeight={120}
      >
        {(flags) => (
          <DataTable
            minWidth={720}
            highlightOnHover={false}
            testId="import-flags"
            columns={[t('flags.row'), t('flags.inFile'), t('flags.onRecord'), t('flags.decision')]}
          >
            {flags.map((flag) => (
              <FlagRow key={flag.id} flag={flag} />
            ))}
          </DataTable>
        )}
      </ListState>
    </Stack>
  );
}

function FlagRow({ flag }: { flag: ImportFlagFieldsFragment }) {
  const { t } = useTranslation(IMPORTS_NS);
  const label = useEnumLabel();
  const [decide] = useMutation(DecideImportFlagDocument);
  const { errors, submitting, submit } = useMutationForm();
  const [sending, setSending] = useState<ImportFlagDecision | null>(null);
  const send = (decision: ImportFlagDecision) => {
    setSending(decision);
    void submit(() => decide({ variables: { input: { id: flag.id, decision } } })).finally(() => setSending(null));
  };
  const person = (p: { fullName: string; dateOfBirth?: string | null; currentAddress?: string | null }) => (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {p.fullName}
      </Text>
      <Text size="xs" c="dimmed">
        {[p.dateOfBirth ? formatDateVi(p.dateOfBirth) : null, p.currentAddress].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
  return (
    <Table.Tr data-testid="import-flag">
      <Table.Td>{flag.rowNumber}</Table.Td>
      <Table.Td>{person(flag)}</Table.Td>
      <Table.Td>
        {flag.candidate ? (
          <Anchor component={Link} to={`/returnees/${flag.candidate.id}`} target="_blank" underline="hover">
            {person(flag.candidate)}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('flags.candidateGone')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {flag.decision ? (
          <Stack gap={4}>
            <Badge variant="light" color={flag.decision === ImportFlagDecision.SAME_PERSON ? 'teal' : 'blue'} tt="none">
              {label(IMPORT_FLAG_DECISION_LABELS, flag.decision)}
            </Badge>
            {flag.resultId && (
              <Anchor component={Link} to={`/returnees/${flag.resultId}`} size="xs">
                {t('flags.openResult')}
              </Anchor>
            )}
          </Stack>
        ) : (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                onClick={() => send(ImportFlagDecision.SAME_PERSON)}
                loading={submitting && sending === ImportFlagDecision.SAME_PERSON}
                disabled={!flag.candidate || submitting}
                data-testid="flag-same"
              >
                {t('flags.same')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => send(ImportFlagDecision.DIFFERENT_PERSON)}
                loading={submitting && sending === ImportFlagDecision.DIFFERENT_PERSON}
                disabled={submitting}
                data-testid="flag-different"
              >
                {t('flags.different')}
              </Button>
            </Group>
            <FormError message={errors.form} />
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
