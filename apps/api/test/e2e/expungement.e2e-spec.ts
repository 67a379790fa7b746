import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { server } = withDemoServer({ demo: false });

describe('expungementPreview', () => {
  it('answers the contract query without a session', async () => {
    const res = await new GqlClient(server.url).request(`query { expungementPreview(input: {
      penalty: FIXED_TERM_IMPRISONMENT, prisonMonths: 36, penalCodeChapter: 14,
      severity: SERIOUS, intentional: true, ageAtOffence: 30,
      mainPenaltyCompletedOn: "2021-03-10",
      supplementaryPenaltyEndsOn: null, obligationsSettled: true, obligationsSettledOn: null }) {
      route waitingMonths eligibleOn blockers } }`);
    expect(res.data).toEqual({
      expungementPreview: { route: 'AUTOMATIC', waitingMonths: 24, eligibleOn: '2023-03-10', blockers: [] },
    });
  });

  it('lists unsettled obligations as a blocker (a fine in chapter XXVI waits 1 year by court, art. 71(2)(a))', async () => {
    const res = await new GqlClient(server.url).request(`{ expungementPreview(input: {
      penalty: FINE, penalCodeChapter: 26, severity: LESS_SERIOUS, intentional: true, ageAtOffence: 40,
      mainPenaltyCompletedOn: "2024-02-29", obligationsSettled: false }) { route waitingMonths eligibleOn blockers } }`);
    expect(res.data).toEqual({
      expungementPreview: {
        route: 'COURT_DECISION',
        waitingMonths: 12,
        eligibleOn: null,
        blockers: ['UNSETTLED_OBLIGATIONS'],
      },
    });
  });

  const valid = {
    penalty: 'FINE',
    penalCodeChapter: 14,
    severity: 'SERIOUS',
    intentional: true,
    ageAtOffence: 30,
    mainPenaltyCompletedOn: '2021-03-10',
    obligationsSettled: true,
  };
  it.each([
    ['missing prison months', { penalty: 'FIXED_TERM_IMPRISONMENT' }, 'input.prisonMonths'],
    ['chapter 27', { penalCodeChapter: 27 }, 'input.penalCodeChapter'],
    ['age 12', { ageAtOffence: 12 }, 'input.ageAtOffence'],
  ])('names the field for %s', async (_label, change, field) => {
    const res = await new GqlClient(server.url).request(
      'query ($input: ExpungementPreviewInput!) { expungementPreview(input: $input) { route } }',
      { input: { ...valid, ...change } },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
  });
});
