import { useQuery } from '@apollo/client/react';
import {
  can,
  EMPLOYMENT_STATUS_LABELS,
  formatDateVi,
  JOB_OFFER_STATUS_LABELS,
  Permission,
  Role,
} from '@hoanhap/shared';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { ErrorState } from '../../components/error-state';
import { type EmployerDetailQuery, EmployerDetailDocument, type JobOfferRowFragment } from '../../gql/graphql';
import { EmployersTexts } from '../../i18n/employers';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { formatShare, formatVnd } from './format';
import { JobOfferDialog } from './job-offer-dialog';
import { PlacementDialog } from './placement-dialog';
import { DataTable } from '../../components/list-state';

type EmployerDetail = EmployerDetailQuery['employers'][number];

function Wage({ offer }: { offer: JobOfferRowFragment }) {
  const { t } = useTranslation('employers');
  const min = offer.wageMinVnd ? formatVnd(offer.wageMinVnd) : null;
  const max = offer.wageMaxVnd ? formatVnd(offer.wageMaxVnd) : null;
  if (min && max) return <>{t('detail.wageRange', { min, max })}</>;
  if (min) return <>{t('detail.wageFrom', { min })}</>;
  if (max) return <>{t('detail.wageUpTo', { max })}</>;
  return <>{t('common.none', { ns: 'translation' })}</>;
}

function Profile({ employer }: { employer: EmployerDetail }) {
  const { t } = useTranslation('employers');
  const lang = useLang();
  const none = t('common.none', { ns: 'translation' });
  const item = (label: string, value: string | number | null | undefined) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value ?? none}</Text>
    </div>
  );
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {item(t('detail.contactPerson'), employer.contactPerson)}
        {item(t('detail.phone'), employer.phone)}
        {item(t('detail.address'), employer.address)}
        {item(t('detail.staff'), employer.staffCount ?? t('list.staffUnknown'))}
        {item(
          t('detail.onStaff'),
          employer.returneeShare == null
            ? employer.returneesOnStaff
            : `${employer.returneesOnStaff} (${formatShare(employer.returneeShare, lang)})`,
        )}
        <div>
          <Text size="xs" c="dimmed">
            {t('list.columns.bank')}
          </Text>
          <Badge variant="light" color={employer.meetsSocialPolicyBankShare ? 'green' : 'gray'}>
            {employer.meetsSocialPolicyBankShare ? t('list.bankYes') : t('list.bankNo')}
          </Badge>
        </div>
      </SimpleGrid>
    </Card>
  );
}

function EmployerDetailScreen() {
  const { t } = useTranslation('employers');
  const label = useEnumLabel();
  const me = useCurrentUser();
  const canWrite = can(me.role, Permission.WRITE_COMMITTEE);
  const { id } = useParams();
  const { data, error, loading, refetch } = useQuery(EmployerDetailDocument);
  const [offering, setOffering] = useState(false);
  const [placing, setPlacing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const employer = data?.employers.find((e) => e.id === id);
  useDocumentTitle(`${employer?.name ?? t('list.title')} · ${t('app.name', { ns: 'translation' })}`);

  const back = (
    <Anchor component={Link} to="/employers" size="sm">
      ← {t('detail.back')}
    </Anchor>
  );
  if (loading && !data) return <Skeleton h={320} />;
  if (error && !data) return <ErrorState error={error} title={t('detail.loadFailed')} onRetry={() => refetch()} />;
  if (!employer) {
    return (
      <Stack gap="sm">
        {back}
        <Alert color="gray" role="status" data-testid="employer-not-found">
          {t('detail.notFound')}
        </Alert>
      </Stack>
    );
  }

  const openOffers = employer.jobOffers.filter((offer) => offer.status === 'OPEN');
  return (
    <Stack gap="md">
      {back}
      <Title order={1} size="h2">
        {employer.name}
      </Title>
      {notice && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          data-testid="employers-notice"
        >
          {notice}
        </Alert>
      )}
      <Profile employer={employer} />

      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('detail.offers')}
        </Title>
        {canWrite && (
          <Button variant="light" onClick={() => setOffering(true)}>
            {t('detail.recordOffer')}
          </Button>
        )}
      </Group>
      {employer.jobOffers.length === 0 ? (
        <Text c="dimmed">{t('detail.offersEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.offerColumns.title')}</Table.Th>
                <Table.Th ta="right">{t('detail.offerColumns.positions')}</Table.Th>
                <Table.Th>{t('detail.offerColumns.wage')}</Table.Th>
                <Table.Th>{t('detail.offerColumns.offeredOn')}</Table.Th>
                <Table.Th>{t('detail.offerColumns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employer.jobOffers.map((offer) => (
                <Table.Tr key={offer.id} data-testid="job-offer-row">
                  <Table.Td>{offer.title}</Table.Td>
                  <Table.Td ta="right">{offer.positions}</Table.Td>
                  <Table.Td>
                    <Wage offer={offer} />
                  </Table.Td>
                  <Table.Td>{formatDateVi(offer.offeredOn)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={offer.status === 'OPEN' ? 'green' : 'gray'}>
                      {label(JOB_OFFER_STATUS_LABELS, offer.status)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('detail.placements')}
        </Title>
        {canWrite && (
          <Button variant="light" onClick={() => setPlacing(true)}>
            {t('detail.recordPlacement')}
          </Button>
        )}
      </Group>
      {me.role === Role.HELPER ? (
        <Text c="dimmed">{t('detail.placementsHidden')}</Text>
      ) : employer.placements.length === 0 ? (
        <Text c="dimmed">{t('detail.placementsEmpty')}</Text>
      ) : (
        <DataTable
          minWidth={640}
          highlightOnHover={false}
          columns={[
            t('detail.placementColumns.person'),
            t('detail.placementColumns.startedOn'),
            t('detail.placementColumns.contract'),
            t('detail.placementColumns.employment'),
          ]}
        >
          {employer.placements.map((placement) => (
            <Table.Tr key={placement.id} data-testid="placement-row">
              <Table.Td>
                {placement.returnee ? (
                  <Anchor component={Link} to={`/returnees/${placement.returnee.id}`}>
                    {placement.returnee.fullName}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('detail.personHidden')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDateVi(placement.startedOn)}</Table.Td>
              <Table.Td>
                {placement.contractMonths == null
                  ? t('detail.noContract')
                  : t('detail.contractMonths', { count: placement.contractMonths })}
              </Table.Td>
              <Table.Td>
                {label(EMPLOYMENT_STATUS_LABELS, placement.employmentPeriod.status)}
                {placement.employmentPeriod.endedOn && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('detail.ended', { date: formatDateVi(placement.employmentPeriod.endedOn) })})
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}

      {canWrite && (
        <>
          <JobOfferDialog
            employerId={employer.id}
            opened={offering}
            onClose={() => setOffering(false)}
            onRecorded={(offer) => {
              setNotice(t('detail.offerSaved', { title: offer.title }));
              void refetch();
            }}
          />
          <PlacementDialog
            employerId={employer.id}
            openOffers={openOffers}
            opened={placing}
            onClose={() => setPlacing(false)}
            onRecorded={(_placement, name) => {
              setNotice(t('detail.placementSaved', { name }));
              void refetch();
            }}
          />
        </>
      )}
    </Stack>
  );
}

export default function EmployerDetailPage() {
  return (
    <EmployersTexts>
      <EmployerDetailScreen />
    </EmployersTexts>
  );
}
