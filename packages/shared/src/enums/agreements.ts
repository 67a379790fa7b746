import type { Label } from '../labels.js';

/**
 * Whether a data-sharing agreement may be used. Its dates decide the rest: an ACTIVE agreement
 * is in force from its first day to its last (Decree 13/2023/NĐ-CP art. 17, Law 91/2025/QH15:
 * sharing personal data needs a legal basis and a purpose, for as long as they last).
 */
export enum AgreementStatus {
  ACTIVE = 'ACTIVE',
  /** Stopped by the ward, with a reason; its keys are refused until it is resumed. */
  SUSPENDED = 'SUSPENDED',
}
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, Label> = {
  ACTIVE: { vi: 'Đang hiệu lực', en: 'Active' },
  SUSPENDED: { vi: 'Tạm dừng', en: 'Suspended' },
};
