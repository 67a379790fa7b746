import { useQuery } from '@apollo/client/react';
import { can, formatDateVi, isIsoDate, Permission, todayInVietnam } from '@hoanhap/shared';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { ErrorState } from '../../components/error-state';
import {
  type BreakdownFragment,
  type ModelDocumentFragment,
  ReintegrationModelPageDocument,
  type ReintegrationModelPageQuery,
} from '../../gql/graphql';
import { ModelTexts } from '../../i18n/model';
import { useCurrentUser } from '../auth/current-user';
import { DOCUMENT_KIND_LABELS, MODEL_STATUS_LABELS } from '../pledges/labels';
import { CommitteeRoster } from './committee-roster';
import { RecordDocumentDialog } from './record-document-dialog';
import { DataTable } from '../../components/list-state';

type Model = ReintegrationModelPageQuery['reintegrationModels'][number];

const PARTS = ['total', 'stable', 'unstable', 'unemployed', 'other'] as const;

function Baseline({ baseline }: { baseline: Model['baseline'] }) {
  const { t } = useTranslation('model');
  if (!baseline) return <Text c="dimmed">{t('model.baseline.none')}</Text>;
  const rows: [string, string, BreakdownFragment][] = [
    ['returned', t('model.baseline.returned'), baseline.returned],
    ['caseload', t('model.baseline.inCaseload'), baseline.inCaseload],
  ];
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('model.baseline.period', { from: formatDateVi(baseline.returnedSince), to: formatDateVi(baseline.asOf) })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder data-testid="model-baseline">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('model.baseline.group')}</Table.Th>
              {PARTS.map((part) => (
                <Table.Th key={part} ta="right">
                  {t(`model.baseline.${part}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([id, label, b]) => (
              <Table.Tr key={id}>
                <Table.Th scope="row">{label}</Table.Th>
                {PARTS.map((part) => (
                  <Table.Td key={part} ta="right" data-testid={`baseline-${id}-${part}`}>
                    {b[part]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Documents({ documents }: { documents: readonly ModelDocumentFragment[] }) {
  const { t } = useTranslation('model');
  const label = useEnumLabel();
  if (documents.length === 0) return <Text c="dimmed">{t('model.documents.empty')}</Text>;
  return (
    <DataTable
      minWidth={760}
      highlightOnHover={false}
      withTableBorder
      testId="model-documents"
      columns={[
        t('model.documents.kind'),
        t('model.documents.numberSymbol'),
        t('model.documents.issuedOn'),
        t('model.documents.issuer'),
        t('model.documents.docTitle'),
        t('model.documents.file'),
      ]}
    >
      {documents.map((doc) => (
        <Table.Tr key={doc.id} data-testid="model-document">
          <Table.Td>{label(DOCUMENT_KIND_LABELS, doc.kind)}</Table.Td>
          <Table.Td>{doc.numberSymbol ?? '—'}</Table.Td>
          <Table.Td>{formatDateVi(doc.issuedOn)}</Table.Td>
          <Table.Td>{doc.issuer}</Table.Td>
          <Table.Td>{doc.title}</Table.Td>
          <Table.Td>
            {doc.file ? (
              <Anchor
                href={`/documents/${encodeURIComponent(doc.id)}/file`}
                download={doc.file.name}
                aria-label={t('model.documents.downloadNamed', { name: doc.file.name })}
              >
                {t('model.documents.download')}
              </Anchor>
            ) : (
              <Text span size="sm" c="dimmed">
                {t('model.documents.noFile')}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function ModelView() {
  const { t } = useTranslation('model');
  const label = useEnumLabel();
  useDocumentTitle(`${t('model.title')} · ${t('app.name', { ns: 'translation' })}`);
  const [search, setSearch] = useSearchParams();
  const wanted = search.get('asOf');
  const asOf = wanted && isIsoDate(wanted) ? wanted : todayInVietnam();
  const { data, loading, error, refetch } = useQuery(ReintegrationModelPageDocument, { variables: { asOf } });
  // The latest launch comes first.
  const model = data?.reintegrationModels[0];
  const canWrite = can(useCurrentUser().role, Permission.WRITE_COMMITTEE);
  const [recording, setRecording] = useState(false);

  const setAsOf = (value: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('asOf', value);
        else next.delete('asOf');
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('model.title')}
      </Title>
      {loading && !data ? (
        <Stack aria-busy="true">
          <Skeleton h={80} />
          <Skeleton h={160} />
        </Stack>
      ) : error && !data ? (
        <ErrorState error={error} title={t('model.loadFailed')} onRetry={() => refetch()} />
      ) : !model ? (
        <Text c="dimmed" data-testid="model-none">
          {t('model.none')}
        </Text>
      ) : (
        <>
          <Card withBorder padding="lg">
            <Stack gap={6}>
              <Group gap="sm">
                <Title order={2} size="h3" data-testid="model-name">
                  {model.name}
                </Title>
                <Badge variant="light" tt="none">
                  {label(MODEL_STATUS_LABELS, model.status)}
                </Badge>
              </Group>
              {model.slogan && (
                <Text fs="italic" data-testid="model-slogan">
                  “{model.slogan}”
                </Text>
              )}
              <Text size="sm">
                {t('model.launchedOn')}: <strong>{formatDateVi(model.launchedOn)}</strong> · {t('model.unit')}:{' '}
                {model.unit.name}
              </Text>
            </Stack>
          </Card>

          <section>
            <Title order={2} size="h4" mb="sm">
              {t('model.baseline.title')}
            </Title>
            <Baseline baseline={model.baseline} />
          </section>

          <section>
            <Group justify="space-between" align="flex-end" mb="sm">
              <Title order={2} size="h4">
                {t('model.documents.title')}
              </Title>
              {canWrite && (
                <Button variant="light" onClick={() => setRecording(true)}>
                  {t('model.record.button')}
                </Button>
              )}
            </Group>
            <Documents documents={model.documents} />
            <RecordDocumentDialog
              modelId={model.id}
              committees={model.committees}
              opened={recording}
              onClose={() => setRecording(false)}
              onRecorded={() => refetch()}
            />
          </section>

          <section>
            <Group justify="space-between" align="flex-end" mb="sm">
              <Title order={2} size="h4">
                {t('model.committee.title')}
              </Title>
              <DateField label={t('model.committee.asOf')} value={asOf} onChange={setAsOf} clearable={false} w={240} />
            </Group>
            {model.committees.length === 0 ? (
              <Text c="dimmed">{t('model.committee.none')}</Text>
            ) : (
              <Stack gap="lg">
                {model.committees.map((committee) => (
                  <CommitteeRoster
                    key={committee.id}
                    committee={committee}
                    canWrite={canWrite}
                    onChanged={() => refetch()}
                  />
                ))}
              </Stack>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}

export default function ModelPage() {
  return (
    <ModelTexts>
      <ModelView />
    </ModelTexts>
  );
}
