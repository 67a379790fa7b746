import { useQuery } from '@apollo/client/react';
import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertExpectedReleasesDocument } from '../../gql/graphql';
import { unitVariable, useActiveUnit } from '../units/active-unit';
import { AlertCard, Count, Empty, SHOWN } from './alert-card';
import { monthLabel, monthOf } from './alert-dates';

/** People the prisons announced for this month (Việt Nam time) whose release is not on file yet. */
export function ExpectedReleasesAlert() {
  const { t } = useTranslation('alerts');
  const { unitCode } = useActiveUnit();
  const today = todayInVietnam();
  const { data, loading, error } = useQuery(AlertExpectedReleasesDocument, {
    variables: { ...monthOf(today), ...unitVariable(unitCode) },
  });
  const notices = data?.expectedReleases ?? [];
  return (
    <AlertCard
      id="expected-releases"
      title={t('alerts.expectedReleases.title')}
      loading={loading && !data}
      error={error}
    >
      {notices.length === 0 ? (
        <Empty id="expected-releases">{t('alerts.expectedReleases.empty')}</Empty>
      ) : (
        <Stack gap={4}>
          <Count id="expected-releases">
            {t('alerts.expectedReleases.count', { count: notices.length, month: monthLabel(today) })}
          </Count>
          <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
            {notices.slice(0, SHOWN).map((notice) => (
              <Text component="li" size="sm" key={notice.id}>
                <Anchor component={Link} to={`/returnees/${notice.returnee.id}?tab=release`} size="sm">
                  {notice.returnee.fullName}
                </Anchor>{' '}
                {notice.expectedReleaseOn && (
                  <Text span size="xs" c="dimmed">
                    ({t('alerts.expectedReleases.on', { date: formatDateVi(notice.expectedReleaseOn) })})
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
          {notices.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('alerts.expectedReleases.more', { count: notices.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </AlertCard>
  );
}
