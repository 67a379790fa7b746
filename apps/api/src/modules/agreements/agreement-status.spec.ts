import { AgreementStatus } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { isAgreementInForce } from './agreement-status.js';

const terms = { status: AgreementStatus.ACTIVE, startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe('isAgreementInForce', () => {
  it('holds from the first day to the last, both included', () => {
    expect(isAgreementInForce(terms, '2025-12-31')).toBe(false);
    expect(isAgreementInForce(terms, '2026-01-01')).toBe(true);
    expect(isAgreementInForce(terms, '2026-12-31')).toBe(true);
    expect(isAgreementInForce(terms, '2027-01-01')).toBe(false);
  });

  it('does not hold while suspended, whatever the dates', () => {
    expect(isAgreementInForce({ ...terms, status: AgreementStatus.SUSPENDED }, '2026-06-01')).toBe(false);
  });
});
