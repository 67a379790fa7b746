import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { seedPledgeWard, WARD_W_OFFICER } from '../utils/pledge-ward.js';

/*
 * Pledge indicators and reviews on the hand-built ward W of `seedPledgeWard`, whose values are
 * worked out by hand there; ward X's data must never count.
 */
const orgs: Record<string, string> = {};

const { db, client } = withDemoServer({
  demo: false,
  accounts: { wardOfficer: WARD_W_OFFICER },
  async seed({ db }) {
    Object.assign(orgs, await seedPledgeWard(db.dataSource));
  },
});
const officer = client('wardOfficer');

const SIGN = `mutation ($input: SignPledgeInput!) { signPledge(input: $input) { id
  targets { id indicator kind direction target actual progress weight score supportType withinDays } totalScore } }`;
const REVIEW = `mutation ($input: ReviewPledgeInput!) { reviewPledge(input: $input) {
  id kind reviewedOn measuredFrom measuredTo totalScore items { targetId target actual progress weight score evidenceDocumentId } } }`;
const BOARD = `query ($y: Int!) { pledgeScoreboard(year: $y) { rank score targetCount pledgeCount organisation { id name } } }`;

type Target = {
  id: string;
  indicator: string | null;
  kind: string;
  actual: number | null;
  progress: number | null;
  score: number;
};

let pledgeId = '';
let targets: Target[] = [];
let evidenceId = '';

describe('computed indicators on the hand-built ward', () => {
  it('evaluates each indicator live from casework data over the pledge’s unit and period', async () => {
    const t = (
      org: string,
      indicator: string | null,
      direction: string,
      target: number,
      weight: number,
      extra: Record<string, unknown> = {},
    ) => ({
      kind: indicator ? 'COMPUTED' : 'MANUAL',
      indicator,
      direction,
      target,
      weight,
      responsibleOrganisationId: orgs[org],
      ...extra,
    });
    const res = await officer.request<{ signPledge: { id: string; targets: Target[]; totalScore: number } }>(SIGN, {
      input: {
        kind: 'EMULATION',
        title: 'Giao ước thử nghiệm',
        signedOn: '2024-01-01',
        periodFrom: '2024-01-01',
        periodTo: '2024-06-28',
        signatories: ['police', 'women', 'youth', 'veterans'].map((o) => ({
          organisationId: orgs[o],
          representative: `Đại diện ${o}`,
        })),
        targets: [
          t('women', 'STABLE_WORK_SHARE', 'AT_LEAST', 80, 2),
          t('police', 'NEW_OFFENCES', 'AT_MOST', 0, 3),
          t('police', 'RECEIVED_ON_TIME_SHARE', 'AT_LEAST', 100, 1),
          t('youth', 'HELPER_ASSIGNED_SHARE', 'AT_LEAST', 50, 1, { withinDays: 15 }),
          t('women', 'CONTACTS_PER_PERSON_MONTH', 'AT_LEAST', 1, 1),
          t('youth', 'SUPPORT_DONE', 'AT_LEAST', 4, 1),
          t('youth', 'SUPPORT_DONE', 'AT_LEAST', 1, 1, { supportType: 'VOCATIONAL_TRAINING' }),
          t('women', null, 'AT_LEAST', 10, 2, { label: 'Buổi tuyên truyền', unitOfMeasure: 'buổi' }),
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    pledgeId = res.data?.signPledge.id ?? '';
    targets = res.data?.signPledge.targets ?? [];
    expect(targets.map((x) => [x.indicator, x.actual, x.progress, x.score])).toEqual([
      ['STABLE_WORK_SHARE', 40, 0.5, 1],
      ['NEW_OFFENCES', 1, 0, 0],
      ['RECEIVED_ON_TIME_SHARE', 50, 0.5, 0.5],
      ['HELPER_ASSIGNED_SHARE', 50, 1, 1],
      ['CONTACTS_PER_PERSON_MONTH', 0.2, 0.2, 0.2],
      ['SUPPORT_DONE', 2, 0.5, 0.5],
      ['SUPPORT_DONE', 1, 1, 1],
      // A manual target has no value until a review gives it one.
      [null, null, null, 0],
    ]);
    // Live total over the measurable targets: (1 + 0 + 0.5 + 1 + 0.2 + 0.5 + 1) / 10 × 100.
    expect(res.data?.signPledge.totalScore).toBe(42);
  });
});

describe('reviews and the scoreboard', () => {
  it('freezes actual against target at a review, scores each by weight and totals them', async () => {
    const doc = await officer.request<{ recordDocument: { id: string } }>(
      `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
      {
        input: { kind: 'MINUTES', issuedOn: '2024-07-15', issuer: 'Ban Chỉ đạo', title: 'Biên bản tổng kết', pledgeId },
      },
    );
    evidenceId = doc.data?.recordDocument.id ?? '';
    const manual = targets[7]?.id;
    const six = await officer.request<{ reviewPledge: { totalScore: number; measuredTo: string } }>(REVIEW, {
      input: {
        pledgeId,
        kind: 'SIX_MONTH',
        reviewedOn: '2024-03-31',
        manualActuals: [{ targetId: manual, actual: 2, evidenceDocumentId: evidenceId }],
      },
    });
    expect(six.errors).toBeUndefined();
    expect(six.data?.reviewPledge.measuredTo).toBe('2024-03-31');

    const res = await officer.request<{
      reviewPledge: { measuredTo: string; totalScore: number; items: Array<Record<string, unknown>> };
    }>(REVIEW, {
      input: {
        pledgeId,
        kind: 'YEAR_END',
        reviewedOn: '2024-07-15',
        documentId: evidenceId,
        manualActuals: [{ targetId: manual, actual: 5, evidenceDocumentId: evidenceId }],
      },
    });
    expect(res.errors).toBeUndefined();
    const review = res.data?.reviewPledge;
    // Measured to the period's end, not the review day.
    expect(review?.measuredTo).toBe('2024-06-28');
    const manualItem = review?.items.find((i) => i.targetId === manual);
    expect(manualItem).toMatchObject({ actual: 5, progress: 0.5, weight: 2, score: 1, evidenceDocumentId: evidenceId });
    // (1 + 0 + 0.5 + 1 + 0.2 + 0.5 + 1 + 1) / 12 × 100 = 43.33
    expect(review?.totalScore).toBe(43.33);

    const audit = await db.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'reviewPledge' ORDER BY occurred_at`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[1].fields).toEqual(expect.arrayContaining(['pledgeId', 'kind', 'reviewedOn', 'manualActuals']));
  });

  it('keeps a review frozen when the casework changes afterwards', async () => {
    const [p4] = await db.dataSource.query(`SELECT id FROM returnee WHERE full_name = 'P4'`);
    await db.dataSource.query(`UPDATE employment_period SET status = 'STABLE' WHERE returnee_id = $1`, [p4.id]);
    const res = await officer.request<{
      pledge: { targets: Target[]; reviews: Array<{ kind: string; totalScore: number }> };
    }>(`query ($id: ID!) { pledge(id: $id) { targets { indicator actual } reviews { kind totalScore } } }`, {
      id: pledgeId,
    });
    expect(res.data?.pledge.targets[0]).toEqual({ indicator: 'STABLE_WORK_SHARE', actual: 60 });
    expect(res.data?.pledge.reviews.find((r) => r.kind === 'YEAR_END')?.totalScore).toBe(43.33);
    await db.dataSource.query(`UPDATE employment_period SET status = 'UNEMPLOYED' WHERE returnee_id = $1`, [p4.id]);
  });

  it('ranks the signatories for the year from the year-end review over the targets each is responsible for', async () => {
    const res = await officer.request<{
      pledgeScoreboard: Array<{
        rank: number;
        score: number | null;
        targetCount: number;
        organisation: { id: string };
      }>;
    }>(BOARD, { y: 2024 });
    expect(res.errors).toBeUndefined();
    const rows = res.data?.pledgeScoreboard.map((r) => [r.organisation.id, r.rank, r.score, r.targetCount]);
    expect(rows).toEqual([
      // youth: helper 1 + support 0.5 + training 1 over 3 weights
      [orgs.youth, 1, 83.33, 3],
      // women: stable 1 + contacts 0.2 + manual 1 over 2 + 1 + 2
      [orgs.women, 2, 44, 3],
      // police: new offences 0 + received on time 0.5 over 3 + 1
      [orgs.police, 3, 12.5, 2],
      // veterans signed but answer for no target: unranked
      [orgs.veterans, 0, null, 0],
    ]);
    const other = await officer.request<{ pledgeScoreboard: unknown[] }>(BOARD, { y: 2023 });
    expect(other.data?.pledgeScoreboard).toEqual([]);
  });

  it('refuses a second review of the same kind in the same year, writing nothing', async () => {
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM pledge_review');
    const res = await officer.request(REVIEW, {
      input: {
        pledgeId,
        kind: 'YEAR_END',
        reviewedOn: '2024-08-01',
        manualActuals: [{ targetId: targets[7]?.id, actual: 6, evidenceDocumentId: evidenceId }],
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind' });
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM pledge_review')).toEqual(before);
  });
});
