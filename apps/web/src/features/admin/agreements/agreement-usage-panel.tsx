import { useQuery } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AdminAgreementFragment, AgreementUsageDocument } from '../../../gql/graphql';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The monthly usage report of an agreement: calls and refusals per operation, people touched. */
export function AgreementUsagePanel({
  agreement,
  onClose,
}: {
  agreement: AdminAgreementFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const [month, setMonth] = useState(() => todayInVietnam().slice(0, 7));
  const valid = MONTH.test(month);
  const { data, loading } = useQuery(AgreementUsageDocument, {
    variables: { agreementId: agreement?.id ?? '', month },
    skip: !agreement || !valid,
    fetchPolicy: 'network-only',
  });
  const usage = data?.agreementUsage;
  return (
    <Modal opened={agreement != null} onClose={onClose} title={t('agreements.usage.title')} size="lg">
      <Stack gap="sm" data-testid="agreement-usage">
        <Text size="sm" fw={500}>
          {agreement?.counterpart}
        </Text>
        <TextInput
          label={t('agreements.usage.month')}
          description={t('agreements.usage.monthHint')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          error={valid ? undefined : t('agreements.usage.monthInvalid')}
          w={200}
        />
        {loading && <Text size="sm">{t('agreements.usage.loading')}</Text>}
        {usage && (
          <>
            <Group gap="xl">
              <Text size="sm">{t('agreements.usage.calls', { count: usage.calls })}</Text>
              <Text size="sm">{t('agreements.usage.refusals', { count: usage.refusals })}</Text>
              <Text size="sm">{t('agreements.usage.people', { count: usage.peopleTouched })}</Text>
            </Group>
            {usage.operations.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('agreements.usage.empty')}
              </Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('agreements.usage.operation')}</Table.Th>
                    <Table.Th>{t('agreements.usage.callsColumn')}</Table.Th>
                    <Table.Th>{t('agreements.usage.refusalsColumn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {usage.operations.map((o) => (
                    <Table.Tr key={o.operation}>
                      <Table.Td>{o.operation}</Table.Td>
                      <Table.Td>{o.calls}</Table.Td>
                      <Table.Td>{o.refusals}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
    </Modal>
  );
}
