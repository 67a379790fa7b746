import {
  ADDRESS_VERIFICATION_LABELS,
  CLOSURE_REASON_LABELS,
  CONTACT_CHANNEL_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  formatDateVi,
  HELPER_ROLE_LABELS,
  INCIDENT_KIND_LABELS,
  RELEASE_TYPE_LABELS,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TYPE_LABELS,
} from '@hoanhap/shared';
import { Text, Timeline } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { buildTimeline, JUDGMENTS_TIMELINE_KINDS } from './timeline';
import type { TimelineFieldsFragment } from '../../../gql/graphql';

export function TimelineTab({ returnee }: { returnee: TimelineFieldsFragment }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  // The entry kinds are exactly the keys under returnee.timeline; the values fill them in.
  const timelineTitle = t as unknown as (key: string, values: Record<string, string>) => string;
  const entries = useMemo(
    () =>
      buildTimeline(returnee, {
        releaseType: (v) => label(RELEASE_TYPE_LABELS, v),
        helperRole: (v) => label(HELPER_ROLE_LABELS, v),
        channel: (v) => label(CONTACT_CHANNEL_LABELS, v),
        supportType: (v) => label(SUPPORT_TYPE_LABELS, v),
        supportStatus: (v) => label(SUPPORT_STATUS_LABELS, v),
        employmentStatus: (v) => label(EMPLOYMENT_STATUS_LABELS, v),
        incidentKind: (v) => label(INCIDENT_KIND_LABELS, v),
        closureReason: (v) => label(CLOSURE_REASON_LABELS, v),
        addressVerification: (v) => label(ADDRESS_VERIFICATION_LABELS, v),
      }),
    [returnee, label],
  );

  if (entries.length === 0) return <Text c="dimmed">{t('returnee.timeline.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline" component="ol" style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.key}
          component="li"
          data-testid="timeline-entry"
          data-kind={entry.kind}
          title={
            JUDGMENTS_TIMELINE_KINDS.has(entry.kind)
              ? timelineTitle(`${JUDGMENTS_NS}:timeline.${entry.kind}`, entry.values)
              : timelineTitle(`returnee.timeline.${entry.kind}`, entry.values)
          }
        >
          <Text size="xs" c="dimmed">
            <time dateTime={entry.date}>{formatDateVi(entry.date)}</time>
            {entry.kind === 'contact' && entry.values.by
              ? ` · ${t('returnee.timeline.by', { name: entry.values.by })}`
              : ''}
          </Text>
          {entry.detail && (
            <Text size="sm" mt={4}>
              {entry.detail}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
