import { formatDateVi } from '@hoanhap/shared';
import type { TFunction } from 'i18next';

/** "Số 266/QĐ-CTN, ngày 26/08/2025", or the number or date alone; null when neither is recorded. */
export function decisionText(
  t: TFunction<'campaigns'>,
  campaign: { decisionNumber?: string | null; decisionDate?: string | null },
): string | null {
  const { decisionNumber, decisionDate } = campaign;
  if (!decisionNumber && !decisionDate) return null;
  if (!decisionDate) return decisionNumber ?? null;
  if (!decisionNumber) return formatDateVi(decisionDate);
  return t('decision', { number: decisionNumber, date: formatDateVi(decisionDate) });
}
