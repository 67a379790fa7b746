import {
  ClosureReason,
  ContactChannel,
  EmploymentStatus,
  HelperRole,
  IncidentKind,
  normalizeName,
  OrganisationKind,
  ReleaseType,
  Role,
  SupportStatus,
  SupportType,
  UnitLevel,
} from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { Contact } from '../../src/modules/helpers/contact.entity.js';
import { HelperAssignment } from '../../src/modules/helpers/helper-assignment.entity.js';
import { Organisation } from '../../src/modules/organisations/organisation.entity.js';
import { CaseClosure } from '../../src/modules/lifecycle/case-closure.entity.js';
import { EmploymentPeriod } from '../../src/modules/employment/employment-period.entity.js';
import { Incident } from '../../src/modules/lifecycle/incident.entity.js';
import { Reception } from '../../src/modules/lifecycle/reception.entity.js';
import { Release } from '../../src/modules/lifecycle/release.entity.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { Support } from '../../src/modules/support/support.entity.js';
import { AdministrativeUnit } from '../../src/modules/units/administrative-unit.entity.js';
import { withDemoServer } from '../utils/demo-server.js';

/*
 * A hand-built ward W (report-in deadline 10 days) whose indicator values are worked out by hand
 * below, plus a ward X whose data must never count. Pledge period 2024-01-01 – 2024-06-28
 * (180 days = 6 months of 30 days); it is over, so D = 2024-06-28.
 *
 * Caseload on D: P1, P2, P3, P4, P8 (P5 closed on 2024-05-01; P6 returns after D; P7 not home).
 *  STABLE_WORK_SHARE: stable on D = P1 and P3 (period ends exactly on D) → 2 / 5 = 40.
 *  NEW_OFFENCES: P5's on 2024-04-01 (P1's is before the period, P2's is administrative, X's is
 *    out of scope) → 1.
 *  RECEIVED_ON_TIME_SHARE: deadlines in the period: P3 (02-15, received 02-10: on time), P4 (03-11,
 *    received 03-15: late), P7 (06-25, never received), P8 (06-28, received 06-20: on time); P6's
 *    deadline (07-05) is after D → 2 / 4 = 50.
 *  HELPER_ASSIGNED_SHARE (N = 15): received from 01-01 to D − 15 = 06-13: P3 (helper after 10 days:
 *    yes), P4 (after 26 days: no); P8 (06-20) is still within its 15 days → 1 / 2 = 50.
 *  CONTACTS_PER_PERSON_MONTH: in the period, with the caseload: P1 3, P2 2, P3 1 = 6 (P1's on
 *    2023-12-31 and P2's on 2024-06-29 fall outside, P5 is not in the caseload) → 6 / (5 × 6) = 0.2.
 *  SUPPORT_DONE: DONE and completed in the period: P1 training, P2 counselling → 2 (training only: 1;
 *    P3's training is in progress, P4's was completed after D).
 */
const orgs: Record<string, string> = {};

const { db, client } = withDemoServer({
  demo: false,
  accounts: { wardOfficer: { email: 'officer@w.test', password: 'pw' } },
  async seed({ db }) {
    const ds = db.dataSource;
    const units = ds.getRepository(AdministrativeUnit);
    const w = await units.save(units.create({ code: 'w', name: 'Phường W', level: UnitLevel.WARD, reportInDays: 10 }));
    const x = await units.save(units.create({ code: 'x', name: 'Phường X', level: UnitLevel.WARD }));
    for (const [key, kind] of [
      ['police', OrganisationKind.POLICE],
      ['women', OrganisationKind.WOMENS_UNION],
      ['youth', OrganisationKind.YOUTH_UNION],
      ['veterans', OrganisationKind.VETERANS_ASSOCIATION],
    ] as const) {
      const o = await ds.getRepository(Organisation).save({ name: `${key} W`, kind, unitId: w.id });
      orgs[key] = o.id;
    }
    const user = await ds.getRepository(User).save({
      email: 'officer@w.test',
      displayName: 'Officer W',
      role: Role.OFFICER,
      unitId: w.id,
      organisationId: orgs.police,
      passwordHash: await hashPassword('pw'),
    });

    const person = async (unitId: string, name: string, returnedOn: string | null) =>
      ds
        .getRepository(Returnee)
        .save({ unitId, fullName: name, searchName: normalizeName(name), returnedOn, otherNames: [] });
    const period = (r: Returnee, status: EmploymentStatus, startedOn: string, endedOn: string | null = null) =>
      ds.getRepository(EmploymentPeriod).insert({ returneeId: r.id, status, startedOn, endedOn });
    const release = (r: Returnee, releasedOn: string) =>
      ds
        .getRepository(Release)
        .insert({ returneeId: r.id, type: ReleaseType.FULL_TERM, releasedOn, prison: 'Trại giam T' });
    const reception = (r: Returnee, receivedOn: string) =>
      ds.getRepository(Reception).insert({ returneeId: r.id, receivedOn, officerId: user.id });
    const helper = (r: Returnee, startedOn: string) =>
      ds.getRepository(HelperAssignment).insert({
        returneeId: r.id,
        helperName: 'Người giúp đỡ',
        organisationId: orgs.women,
        role: HelperRole.PRIMARY,
        startedOn,
      });
    const contact = (r: Returnee, contactedOn: string) =>
      ds.getRepository(Contact).insert({
        returneeId: r.id,
        contactedOn,
        channel: ContactChannel.HOME_VISIT,
        recordedById: user.id,
      });
    const incident = (r: Returnee, kind: IncidentKind, occurredOn: string) =>
      ds.getRepository(Incident).insert({ returneeId: r.id, kind, occurredOn });
    const support = (r: Returnee, type: SupportType, status: SupportStatus, completedOn: string | null) =>
      ds.getRepository(Support).insert({ returneeId: r.id, type, status, startedOn: '2024-01-05', completedOn });
    const { STABLE, UNSTABLE, UNEMPLOYED } = EmploymentStatus;

    const p1 = await person(w.id, 'P1', '2023-06-01');
    await period(p1, STABLE, '2023-07-01');
    await contact(p1, '2023-12-31');
    for (const d of ['2024-01-10', '2024-03-10', '2024-05-10']) await contact(p1, d);
    await incident(p1, IncidentKind.NEW_OFFENCE, '2023-12-15');
    await support(p1, SupportType.VOCATIONAL_TRAINING, SupportStatus.DONE, '2024-02-15');

    const p2 = await person(w.id, 'P2', '2023-08-01');
    await period(p2, UNSTABLE, '2023-08-01');
    for (const d of ['2024-02-01', '2024-04-01', '2024-06-29']) await contact(p2, d);
    await incident(p2, IncidentKind.ADMINISTRATIVE_VIOLATION, '2024-02-01');
    await support(p2, SupportType.COUNSELLING, SupportStatus.DONE, '2024-03-01');

    const p3 = await person(w.id, 'P3', '2024-02-10');
    await release(p3, '2024-02-05');
    await reception(p3, '2024-02-10');
    await helper(p3, '2024-02-20');
    await period(p3, STABLE, '2024-03-01', '2024-06-28');
    await contact(p3, '2024-03-01');
    await support(p3, SupportType.VOCATIONAL_TRAINING, SupportStatus.IN_PROGRESS, null);

    const p4 = await person(w.id, 'P4', '2024-03-15');
    await release(p4, '2024-03-01');
    await reception(p4, '2024-03-15');
    await helper(p4, '2024-04-10');
    await period(p4, UNEMPLOYED, '2024-03-15');
    await support(p4, SupportType.VOCATIONAL_TRAINING, SupportStatus.DONE, '2024-07-10');

    const p5 = await person(w.id, 'P5', '2022-01-01');
    await period(p5, STABLE, '2022-02-01');
    await ds
      .getRepository(CaseClosure)
      .insert({ returneeId: p5.id, reason: ClosureReason.MOVED_AWAY, closedOn: '2024-05-01' });
    await contact(p5, '2024-02-01');
    await incident(p5, IncidentKind.NEW_OFFENCE, '2024-04-01');

    const p6 = await person(w.id, 'P6', '2024-07-01');
    await release(p6, '2024-06-25');

    const p7 = await person(w.id, 'P7', null);
    await release(p7, '2024-06-15');

    const p8 = await person(w.id, 'P8', '2024-06-20');
    await release(p8, '2024-06-18');
    await reception(p8, '2024-06-20');

    const px = await person(x.id, 'PX', '2023-01-01');
    await period(px, STABLE, '2023-01-01');
    await incident(px, IncidentKind.NEW_OFFENCE, '2024-03-01');
    await contact(px, '2024-03-01');
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
