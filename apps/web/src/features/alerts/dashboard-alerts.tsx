import { useQuery } from '@apollo/client/react';
import { can, formatDateVi, Permission, Role } from '@hoanhap/shared';
import { Anchor, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertNoContactDocument, AlertOnProbationDocument, AlertOverdueTasksDocument } from '../../gql/graphql';
import { AlertsTexts } from '../../i18n/alerts';
import { useCurrentUser } from '../auth/current-user';
import { unitVariable, useActiveUnit } from '../units/active-unit';
import { AlertCard, Count, Empty, SHOWN } from './alert-card';
import { ExpectedReleasesAlert } from './expected-releases-alert';
import { ParoleAssessmentAlert } from './parole-assessment-alert';
import { type OpenUnitTasks, useOpenUnitTasks } from './use-open-unit-tasks';

function OverdueAlert() {
  const { t } = useTranslation('alerts');
  const { data, loading, error } = useQuery(AlertOverdueTasksDocument);
  const count = data?.overdueTasks.length ?? 0;
  return (
    <AlertCard id="overdue" title={t('alerts.overdue.title')} loading={loading && !data} error={error}>
      {count === 0 ? (
        <Empty id="overdue">{t('alerts.overdue.empty')}</Empty>
      ) : (
        <Stack gap={4}>
          <Count id="overdue">{t('alerts.overdue.count', { count })}</Count>
          <Anchor component={Link} to="/tasks?view=overdue" size="sm">
            {t('alerts.overdue.link')}
          </Anchor>
        </Stack>
      )}
    </AlertCard>
  );
}

function NoContactAlert() {
  const { t } = useTranslation('alerts');
  const { data, loading, error } = useQuery(AlertNoContactDocument);
  const list = data?.noContactList ?? [];
  const days = list[0]?.thresholdDays;
  return (
    <AlertCard id="no-contact" title={t('alerts.noContact.title')} loading={loading && !data} error={error}>
      {list.length === 0 ? (
        <Empty id="no-contact">{t('alerts.noContact.emptyDefault')}</Empty>
      ) : (
        <Stack gap={4}>
          <Count id="no-contact">{t('alerts.noContact.count', { count: list.length, days })}</Count>
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {list.slice(0, SHOWN).map((entry) => (
              <Text component="li" size="sm" key={entry.returnee.id}>
                <Anchor component={Link} to={`/returnees/${entry.returnee.id}?tab=contacts`} size="sm">
                  {entry.returnee.fullName}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({t('alerts.noContact.daysSince', { count: entry.daysSince })},{' '}
                  {entry.lastContactOn
                    ? t('alerts.noContact.lastContact', { date: formatDateVi(entry.lastContactOn) })
                    : t('alerts.noContact.never')}
                  )
                </Text>
              </Text>
            ))}
          </Stack>
          {list.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('alerts.noContact.more', { count: list.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </AlertCard>
  );
}

function ProbationAlert() {
  const { t } = useTranslation('alerts');
  const { unitCode } = useActiveUnit();
  // Only the count is needed; one row keeps the request cheap.
  const { data, loading, error } = useQuery(AlertOnProbationDocument, {
    variables: { first: 1, ...unitVariable(unitCode) },
  });
  const count = data?.returnees.totalCount ?? 0;
  return (
    <AlertCard id="probation" title={t('alerts.probation.title')} loading={loading && !data} error={error}>
      {count === 0 ? (
        <Empty id="probation">{t('alerts.probation.empty')}</Empty>
      ) : (
        <Stack gap={4}>
          <Count id="probation">{t('alerts.probation.count', { count })}</Count>
          <Anchor component={Link} to="/returnees?status=ON_PROBATION" size="sm">
            {t('alerts.probation.link')}
          </Anchor>
        </Stack>
      )}
    </AlertCard>
  );
}

function ExpungementAlert({ tasks: { data, loading, error } }: { tasks: OpenUnitTasks }) {
  const { t } = useTranslation('alerts');
  const tasks = (data?.unitTasks ?? []).filter((task) => task.kind === 'EXPUNGEMENT_ELIGIBILITY');
  return (
    <AlertCard id="expungement" title={t('alerts.expungement.title')} loading={loading && !data} error={error}>
      {tasks.length === 0 ? (
        <Empty id="expungement">{t('alerts.expungement.empty')}</Empty>
      ) : (
        <Stack gap={4}>
          <Count id="expungement">{t('alerts.expungement.count', { count: tasks.length })}</Count>
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {tasks.slice(0, SHOWN).map((task) => (
              <Text component="li" size="sm" key={task.id}>
                {task.returnee ? (
                  <Anchor component={Link} to={`/returnees/${task.returnee.id}`} size="sm">
                    {task.returnee.fullName}
                  </Anchor>
                ) : (
                  task.title
                )}{' '}
                <Text span size="xs" c="dimmed">
                  ({t('alerts.expungement.due', { date: formatDateVi(task.dueOn) })})
                </Text>
              </Text>
            ))}
          </Stack>
          {tasks.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('alerts.expungement.more', { count: tasks.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </AlertCard>
  );
}

function Alerts() {
  const { t } = useTranslation('alerts');
  const role = useCurrentUser().role as Role;
  // Each card only for roles the API answers its list for.
  const tasks = can(role, Permission.READ_TASKS);
  const openTasks = useOpenUnitTasks(!tasks);
  // Auditors read the audit log, not cases: no alert is theirs.
  if (!can(role, Permission.READ_CASES)) return null;
  return (
    <section aria-labelledby="dashboard-alerts-title" data-testid="dashboard-alerts">
      <Title order={2} size="h4" mb="sm" id="dashboard-alerts-title">
        {t('alerts.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {tasks && <OverdueAlert />}
        {can(role, Permission.READ_CASELOAD) && <NoContactAlert />}
        <ProbationAlert />
        {tasks && <ExpungementAlert tasks={openTasks} />}
        <ExpectedReleasesAlert />
        {tasks && <ParoleAssessmentAlert tasks={openTasks} />}
      </SimpleGrid>
    </section>
  );
}

/** The dashboard's alerts, loaded with their texts after the numbers. */
export default function DashboardAlerts() {
  return (
    <AlertsTexts fallback={<Skeleton h={120} />}>
      <Alerts />
    </AlertsTexts>
  );
}
