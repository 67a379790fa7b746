import { CASE_STATUS_LABELS } from '@hoanhap/shared';
import { Badge } from '@mantine/core';
import type { CaseStatus } from '../gql/graphql';
import { useEnumLabel } from './enum-label';

const COLORS: Record<CaseStatus, string> = {
  NOTIFIED: 'gray',
  AWAITING_REPORT: 'orange',
  RECEIVED: 'cyan',
  ON_PROBATION: 'grape',
  UNDER_SUPPORT: 'blue',
  ELIGIBLE_FOR_EXPUNGEMENT: 'teal',
  CLOSED: 'dark',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const label = useEnumLabel();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" data-testid="status-badge">
      {label(CASE_STATUS_LABELS, status)}
    </Badge>
  );
}
