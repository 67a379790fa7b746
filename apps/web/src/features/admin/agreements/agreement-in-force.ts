import { AgreementStatus } from '@hoanhap/shared';

/**
 * Whether an agreement is in force on `today` (YYYY-MM-DD, Việt Nam time): ACTIVE and between its
 * first and last day. The API's rule (modules/agreements/agreement-status.ts), said again for the
 * screens that offer only agreements a new key can use.
 */
export function inForce(a: { status: AgreementStatus; startsOn: string; endsOn: string }, today: string): boolean {
  return a.status === AgreementStatus.ACTIVE && a.startsOn <= today && today <= a.endsOn;
}
