import { AgreementStatus, todayInVietnam } from '@hoanhap/shared';

/** What deciding whether an agreement is in force needs (the entity or a row read with it). */
export interface AgreementTerms {
  status: AgreementStatus | `${AgreementStatus}`;
  startsOn: string;
  endsOn: string;
}

/**
 * Whether an agreement allows sharing on `today` (YYYY-MM-DD, Việt Nam time): ACTIVE, started,
 * and `endsOn` is its last day. Personal data is shared only while its legal basis and purpose
 * hold (Decree 13/2023/NĐ-CP art. 17; Law 91/2025/QH15), so a suspended or ended agreement
 * stops its keys.
 */
export function isAgreementInForce(agreement: AgreementTerms, today: string = todayInVietnam()): boolean {
  return agreement.status === AgreementStatus.ACTIVE && agreement.startsOn <= today && today <= agreement.endsOn;
}

/** The SQL twin of `isAgreementInForce`, for the agreement aliased `alias` (used where keys sign in). */
export function agreementInForceSql(alias: string): string {
  const today = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  return `(${alias}.status = 'ACTIVE' AND ${alias}.starts_on <= ${today} AND ${alias}.ends_on >= ${today})`;
}
