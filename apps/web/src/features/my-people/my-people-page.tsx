import { useQuery } from '@apollo/client/react';
import { CLASSIFICATION_GROUP_LABELS, EMPLOYMENT_STATUS_LABELS, formatDateVi } from '@hoanhap/shared';
import { Alert, Anchor, Button, Card, Group, Modal, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { ErrorState } from '../../components/error-state';
import { StatusBadge } from '../../components/status-badge';
import { HelperCaseloadDocument } from '../../gql/graphql';
import { ContactForm } from '../returnees/forms/contact-form';
import { SupportForm } from '../returnees/forms/support-form';

type Quick = { kind: 'contact' | 'support'; id: string; name: string };

/** A helper's home: only the people assigned to them, with the two things they record most. */
export default function MyPeoplePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  useDocumentTitle(`${t('myPeople.title')} · ${t('app.name')}`);
  const { data, error, loading, refetch } = useQuery(HelperCaseloadDocument);
  const [quick, setQuick] = useState<Quick | null>(null);
  const people = data?.helperCaseload;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('myPeople.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('myPeople.subtitle')}
        </Text>
      </div>
      {loading && !people ? (
        <Skeleton h={160} aria-busy="true" />
      ) : error && !people ? (
        <ErrorState error={error} title={t('myPeople.loadFailed')} onRetry={() => refetch()} />
      ) : people && people.length === 0 ? (
        <Alert color="blue" variant="light" data-testid="my-people-empty">
          {t('myPeople.empty')}
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="my-people">
          {people?.map((p) => {
            const days = p.helpers.map((h) => h.daysSinceLastContact).find((d) => d != null);
            return (
              <Card key={p.id} withBorder padding="md" data-testid="my-person">
                <Group justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={`/returnees/${p.id}`} fw={700}>
                    {p.fullName}
                  </Anchor>
                  <StatusBadge status={p.status} />
                </Group>
                <Text size="sm" c="dimmed">
                  {[
                    p.residentialGroup,
                    p.returnedOn ? formatDateVi(p.returnedOn) : null,
                    p.currentEmployment ? label(EMPLOYMENT_STATUS_LABELS, p.currentEmployment.status) : null,
                    p.currentClassification ? label(CLASSIFICATION_GROUP_LABELS, p.currentClassification.group) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm" c={days != null && days > 30 ? 'red' : undefined} mt={4}>
                  {days != null ? t('myPeople.lastContact', { days }) : t('myPeople.neverContacted')}
                </Text>
                <Group gap="xs" mt="sm">
                  <Button size="xs" onClick={() => setQuick({ kind: 'contact', id: p.id, name: p.fullName })}>
                    {t('myPeople.quickContact')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setQuick({ kind: 'support', id: p.id, name: p.fullName })}
                  >
                    {t('myPeople.quickSupport')}
                  </Button>
                  <Button size="xs" variant="subtle" component={Link} to={`/returnees/${p.id}`}>
                    {t('myPeople.open')}
                  </Button>
                </Group>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      <Modal
        opened={quick !== null}
        onClose={() => setQuick(null)}
        size="lg"
        title={
          quick
            ? `${quick.kind === 'contact' ? t('myPeople.quickContact') : t('myPeople.quickSupport')} · ${quick.name}`
            : ''
        }
      >
        {quick?.kind === 'contact' && (
          <ContactForm
            returneeId={quick.id}
            onSaved={() => {
              setQuick(null);
              void refetch();
            }}
          />
        )}
        {quick?.kind === 'support' && <SupportForm returneeId={quick.id} onSaved={() => setQuick(null)} />}
      </Modal>
    </Stack>
  );
}
