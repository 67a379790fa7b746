import { ROLE_LABELS } from '@hoanhap/shared';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { formatTimeVi } from './reveal-grants';
import type { ReturneeDetail } from './types';

type AccessEvent = ReturneeDetail['accessHistory'][number];

/**
 * Who opened the file, saw its sensitive fields or changed it, when and why: the person's audit
 * rows, newest first. The API sends them to officers only; the page shows the tab to them only.
 */
export function AccessHistoryTab({ returnee }: { returnee: ReturneeDetail }) {
  const { t, i18n } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
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
      {returnee.accessHistory.length === 0 ? (
        <Text c="dimmed">{t('access.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="access-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('access.when')}</Table.Th>
                <Table.Th>{t('access.who')}</Table.Th>
                <Table.Th>{t('access.what')}</Table.Th>
                <Table.Th>{t('access.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returnee.accessHistory.map((e) => (
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
