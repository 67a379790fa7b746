import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { EXPUNGEMENT_FORECAST as FORECAST } from '../utils/judgments.js';

/*
 * The public expungementPreview on the court route (Penal Code art. 71(2) as amended by Law
 * 12/2017): its four bands, and the other convictions checked as the input is.
 */

const { anonymous } = withDemoServer();

describe('the court route’s four bands (Penal Code art. 71(2) as amended by Law 12/2017)', () => {
  const base = {
    penalCodeChapter: 13,
    severity: 'SERIOUS',
    intentional: true,
    ageAtOffence: 40,
    mainPenaltyCompletedOn: '2021-03-10',
    obligationsSettled: true,
  };
  it.each([
    ['a) a warning: 1 year', { penalty: 'WARNING' }, 12, '2022-03-10'],
    ['a) non-custodial reform: 1 year', { penalty: 'NON_CUSTODIAL_REFORM' }, 12, '2022-03-10'],
    ['a) a suspended sentence: 1 year', { penalty: 'SUSPENDED_SENTENCE', penalCodeChapter: 26 }, 12, '2022-03-10'],
    ['b) prison up to 5 years: 3 years', { penalty: 'FIXED_TERM_IMPRISONMENT', prisonMonths: 60 }, 36, '2024-03-10'],
    [
      'c) prison over 5 up to 15 years: 5 years',
      { penalty: 'FIXED_TERM_IMPRISONMENT', prisonMonths: 61 },
      60,
      '2026-03-10',
    ],
    ['d) prison over 15 years: 7 years', { penalty: 'FIXED_TERM_IMPRISONMENT', prisonMonths: 181 }, 84, '2028-03-10'],
    ['d) a commuted death sentence: 7 years', { penalty: 'DEATH_COMMUTED', penalCodeChapter: 26 }, 84, '2028-03-10'],
  ])('%s', async (_label, change, waitingMonths, eligibleOn) => {
    const res = await anonymous().request<{ expungementPreview: Record<string, unknown> }>(
      `query ($input: ExpungementPreviewInput!) { expungementPreview(input: $input) { ${FORECAST} } }`,
      { input: { ...base, ...change } },
    );
    expect(res.data?.expungementPreview).toEqual({
      route: 'COURT_DECISION',
      waitingMonths,
      eligibleOn,
      blockers: [],
      explanation: ['COURT_PERIOD'],
    });
  });

  it('checks the other convictions as it checks the input', async () => {
    const input = { ...base, penalty: 'WARNING' };
    const res = await anonymous().request(
      `query ($input: ExpungementPreviewInput!, $others: [ExpungementPreviewInput!]) {
        expungementPreview(input: $input, otherConvictions: $others) { route } }`,
      { input, others: [{ ...input, penalty: 'FIXED_TERM_IMPRISONMENT', prisonMonths: -5 }] },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the other conviction missing its prison months', async () => {
    const input = { ...base, penalty: 'WARNING' };
    const res = await anonymous().request(
      `query ($input: ExpungementPreviewInput!, $others: [ExpungementPreviewInput!]) {
        expungementPreview(input: $input, otherConvictions: $others) { route } }`,
      { input, others: [input, { ...input, penalty: 'FIXED_TERM_IMPRISONMENT' }] },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'otherConvictions.1.prisonMonths',
      reason: 'REQUIRED',
    });
  });
});
