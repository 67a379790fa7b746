import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertCard, Count, Empty, SHOWN } from './alert-card';
import { isDueWithin } from './alert-dates';
import type { OpenUnitTasks } from './use-open-unit-tasks';

/**
 * How far ahead an assessment counts as coming up (they are due by the 5th of each month: Circular
 * 65/2019/TT-BCA, not Circular 10/2024).
 */
export const PAROLE_ASSESSMENT_AHEAD_DAYS = 7;

/** Parolees' monthly assessments due within a week or overdue, from the unit's open tasks. */
export function ParoleAssessmentAlert({ tasks: result }: { tasks: OpenUnitTasks }) {
  const { t } = useTranslation('alerts');
  const today = todayInVietnam();
  const days = PAROLE_ASSESSMENT_AHEAD_DAYS;
  const tasks = (result.data?.unitTasks ?? []).filter(
    (task) => task.kind === 'PAROLE_ASSESSMENT' && isDueWithin(task.dueOn, today, days),
  );
  return (
    <AlertCard
      id="parole-assessment"
      title={t('alerts.paroleAssessment.title')}
      loading={result.loading && !result.data}
      error={result.error}
    >
      <Text size="xs" c="dimmed" mb={4} data-testid="alert-parole-assessment-rule">
        {t('alerts.paroleAssessment.rule')}
      </Text>
      {tasks.length === 0 ? (
        <Empty id="parole-assessment">{t('alerts.paroleAssessment.empty', { days })}</Empty>
      ) : (
        <Stack gap={4}>
          <Count id="parole-assessment">{t('alerts.paroleAssessment.count', { count: tasks.length, days })}</Count>
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {tasks.slice(0, SHOWN).map((task) => (
              <Text component="li" size="sm" key={task.id}>
                {task.returnee ? (
                  <Anchor component={Link} to={`/returnees/${task.returnee.id}?tab=tasks`} size="sm">
                    {task.returnee.fullName}
                  </Anchor>
                ) : (
                  task.title
                )}{' '}
                <Text span size="xs" c={task.dueOn < today ? 'red' : 'dimmed'}>
                  (
                  {task.dueOn < today
                    ? t('alerts.paroleAssessment.overdue', { date: formatDateVi(task.dueOn) })
                    : t('alerts.paroleAssessment.due', { date: formatDateVi(task.dueOn) })}
                  )
                </Text>
              </Text>
            ))}
          </Stack>
          {tasks.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('alerts.paroleAssessment.more', { count: tasks.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </AlertCard>
  );
}
