import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@hoanhap/shared';
import { Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { ErrorState } from '../../../components/error-state';
import { type AccessEventFieldsFragment, ReturneeAccessHistoryDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { formatTimeVi } from './reveal-grants';
import { DataTable } from '../../../components/list-state';

type AccessEvent = AccessEventFieldsFragment;

/**
 * Who opened the file, saw its sensitive fields or changed it, when and why: the person's audit
 * rows, newest first, read afresh each time the tab opens. The API sends them to officers only;
 * the page shows the tab to them only.
 */
export function AccessHistoryTab({ returneeId }: { returneeId: string }) {
  const { t, i18n } = useTranslation(JUDGMENTS_NS);
  const { t: tApp } = useTranslation();
  const label = useEnumLabel();
  const { data, error, loading, refetch } = useQuery(ReturneeAccessHistoryDocument, {
    variables: { id: returneeId },
    fetchPolicy: 'network-only',
  });
  const history = data?.returnee?.accessHistory ?? [];
  // i18next reads ":" as a namespace separator, so "read:returnee" is stored as "read_returnee".
  const actionLabel = (e: AccessEvent) => {
    const key = `access.action.${e.action.replace(':', '_')}`;
    return i18n.exists(key, { ns: JUDGMENTS_NS }) ? t(key as 'access.action.read_returnee') : e.action;
  };
  const why = (e: AccessEvent) => {
    if (e.purpose) return e.purpose;
    return e.fields.length > 0 ? t('access.fields', { fields: e.fields.join(', ') }) : '—';
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('access.intro')}
      </Text>
      {loading && !data ? (
        <Stack gap="xs" aria-busy="true">
          <Text role="status" size="sm" c="dimmed">
            {tApp('app.loading')}
          </Text>
          <Skeleton h={28} />
          <Skeleton h={28} />
        </Stack>
      ) : error && !data ? (
        <ErrorState error={error} title={tApp('returnee.loadFailed')} onRetry={() => refetch()} />
      ) : history.length === 0 ? (
        <Text c="dimmed">{t('access.empty')}</Text>
      ) : (
        <DataTable
          minWidth={640}
          highlightOnHover={false}
          testId="access-history"
          columns={[t('access.when'), t('access.who'), t('access.what'), t('access.why')]}
        >
          {history.map((e) => (
            <Table.Tr key={e.id} data-testid="access-event" data-action={e.action}>
              <Table.Td>
                <time dateTime={e.occurredAt}>{formatTimeVi(e.occurredAt)}</time>
              </Table.Td>
              <Table.Td>
                {e.actor?.displayName ?? t('access.unknownActor')}
                {e.actorRole && (
                  <Text size="xs" c="dimmed">
                    {label(ROLE_LABELS, e.actorRole)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{actionLabel(e)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {why(e)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
