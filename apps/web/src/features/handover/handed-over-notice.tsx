import { formatDateVi } from '@hoanhap/shared';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandedOverFieldsFragment } from '../../gql/graphql';

type Transfer = HandedOverFieldsFragment['transfers'][number];

/**
 * The case's last transfer when it went to another deployment: the API then refuses another
 * transfer or hand-over (ALREADY_HANDED_OVER), so the page offers neither. Latest as the API
 * reads it: by day, then by when it was recorded.
 */
export function lastHandOver(transfers: readonly Transfer[]): Transfer | null {
  const [last] = [...transfers].sort(
    (a, b) => b.transferredOn.localeCompare(a.transferredOn) || b.createdAt.localeCompare(a.createdAt),
  );
  return last?.toDeploymentCode ? last : null;
}

/**
 * "Đã chuyển sang địa phương ngoài hệ thống": where and when the case left this deployment. Its
 * words are the person's page's own, so the page does not wait for the hand-over's texts.
 */
export function HandedOverNotice({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" data-testid="handed-over-notice">
      {t('returnee.handOver.handedOver', {
        unit: transfer.toUnitName ?? '—',
        code: transfer.toDeploymentCode ?? '—',
        date: formatDateVi(transfer.transferredOn),
      })}
    </Alert>
  );
}
