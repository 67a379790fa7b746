import { describe, expect, it } from 'vitest';
import { draftProblems, newDraft, termsOf } from './agreement-draft';

const filled = () => ({
  ...newDraft('lam-ha', '2026-12-07'),
  counterpart: 'Sở LĐ-TB&XH Hải Phòng',
  legalBasisNumber: '125/QĐ-UBND',
  legalBasisDate: '2026-01-15',
  purpose: 'Thống kê việc làm',
});

describe('the agreement form’s own checks', () => {
  it('starts a new agreement today for a year, redacting the identity number', () => {
    expect(newDraft('lam-ha', '2026-12-07')).toMatchObject({
      startsOn: '2026-12-07',
      endsOn: '2027-12-07',
      redactedFields: ['Returnee.citizenId'],
      unitCode: 'lam-ha',
    });
  });

  it('asks for the legal basis, the purpose and at least one operation', () => {
    expect(draftProblems(newDraft('lam-ha'))).toMatchObject({
      counterpart: 'REQUIRED',
      legalBasisNumber: 'REQUIRED',
      legalBasisDate: 'REQUIRED',
      purpose: 'REQUIRED',
    });
    expect(draftProblems({ ...filled(), allowedOperations: [] })).toEqual({ allowedOperations: 'OPERATIONS_REQUIRED' });
    expect(draftProblems(filled())).toEqual({});
  });

  it('refuses an end before the start and a malformed email', () => {
    expect(draftProblems({ ...filled(), startsOn: '2026-05-01', endsOn: '2026-04-30' })).toEqual({
      endsOn: 'BEFORE_START',
    });
    expect(draftProblems({ ...filled(), contactEmail: 'khong-phai-email' })).toEqual({ contactEmail: 'INVALID_EMAIL' });
  });

  it('sends blank contacts as null and trims the terms', () => {
    expect(termsOf({ ...filled(), counterpart: '  Sở Y tế  ', contactName: '  ' })).toMatchObject({
      counterpart: 'Sở Y tế',
      contactName: null,
      contactEmail: null,
    });
  });
});
