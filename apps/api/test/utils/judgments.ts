import { addDays, addMonths, todayInVietnam } from '@hoanhap/shared';
import { expect } from 'vitest';
import { assignDemoHelper, registerPerson } from './casework.js';
import { type DemoServer, withDemoServer } from './demo-server.js';
import type { GqlClient } from './test-server.js';

/*
 * Judgments as the officer records them through the API, for the judgments specs: a conviction
 * completed six months ago, and what a refused write must leave untouched.
 */

export const TODAY = todayInVietnam();
/** Completion six months ago: with up to 5 years of prison the clock (24 months) ends in 18 months. */
export const COMPLETED = addMonths(TODAY, -6);
export const ELIGIBLE = addMonths(COMPLETED, 24);
export const JUDGED = addMonths(COMPLETED, -30);
/** The fields of an expungement forecast, as the person and the public preview answer them. */
export const EXPUNGEMENT_FORECAST = 'route waitingMonths eligibleOn blockers explanation';

const ACTIONS = [
  'recordConviction',
  'recordSupplementaryPenalty',
  'recordObligation',
  'settleObligation',
  'scheduleExpungementTask',
  'removeExpungementTask',
];

export const RECORD_CONVICTION = `mutation ($input: RecordConvictionInput!) { recordConviction(input: $input) {
  id court judgmentNumber judgmentDate penalCodeArticle penalCodeChapter severity intentional ageAtOffence
  mainPenalty prisonMonths mainPenaltyCompletedOn } }`;
export const RECORD_PENALTY = `mutation ($input: RecordSupplementaryPenaltyInput!) {
  recordSupplementaryPenalty(input: $input) { id kind startsOn endsOn } }`;
export const RECORD_OBLIGATION = `mutation ($input: RecordObligationInput!) {
  recordObligation(input: $input) { id kind amountVnd settledOn } }`;
export const SETTLE_OBLIGATION = `mutation ($input: SettleObligationInput!) {
  settleObligation(input: $input) { id kind amountVnd settledOn version } }`;
export const PERSON = `query ($id: ID!) { returnee(id: $id) {
  id
  convictions { id judgmentDate mainPenalty prisonMonths
    supplementaryPenalties { kind startsOn endsOn }
    obligations { kind amountVnd settledOn } }
  expungementForecast { route waitingMonths eligibleOn blockers }
} }`;

export interface JudgmentPerson {
  returnee: {
    id: string;
    convictions: Array<{
      id: string;
      judgmentDate: string;
      supplementaryPenalties: Array<Record<string, unknown>>;
      obligations: Array<Record<string, unknown>>;
    }>;
    expungementForecast: { route: string; waitingMonths: number | null; eligibleOn: string | null; blockers: string[] };
  } | null;
}

/** A conviction for theft (30 months, completed six months ago), with `overrides`. */
export function conviction(returneeId: string, overrides: Record<string, unknown> = {}) {
  return {
    returneeId,
    court: 'Tòa án nhân dân quận Kiến An',
    judgmentNumber: '25/2022/HS-ST',
    judgmentDate: JUDGED,
    penalCodeArticle: '173',
    penalCodeChapter: 16,
    severity: 'SERIOUS',
    intentional: true,
    ageAtOffence: 30,
    mainPenalty: 'FIXED_TERM_IMPRISONMENT',
    prisonMonths: 30,
    mainPenaltyCompletedOn: COMPLETED,
    ...overrides,
  };
}

/** The judgment steps of one spec file, run by `officer` on the file's database. */
export function judgmentSteps(demo: Pick<DemoServer, 'db'>, officer: GqlClient) {
  const { db } = demo;
  let serial = 0;
  /** A new person in Lãm Hà (or Văn Đẩu), so each test starts from an empty judgment history. */
  async function newPerson(client = officer): Promise<string> {
    serial += 1;
    return registerPerson(client, {
      fullName: `Người thử nghiệm ${serial}`,
      dateOfBirth: '1990-05-10',
      returnedOn: addDays(COMPLETED, 3),
    });
  }

  async function recordConviction(returneeId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await officer.request<{ recordConviction: { id: string } }>(RECORD_CONVICTION, {
      input: conviction(returneeId, overrides),
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.recordConviction.id;
  }

  async function person(id: string, client = officer) {
    const res = await client.request<JudgmentPerson>(PERSON, { id });
    expect(res.errors).toBeUndefined();
    return res.data?.returnee ?? null;
  }

  async function tasks(returneeId: string) {
    return db.dataSource.query(
      `SELECT kind, due_on::text AS "dueOn", title, completed_at AS "completedAt", unit_id AS "unitId"
     FROM task WHERE rule_key = $1`,
      [`expungement:${returneeId}`],
    ) as Promise<Array<{ kind: string; dueOn: string; title: string; completedAt: Date | null; unitId: string }>>;
  }

  async function auditRows(objectId: string) {
    return db.dataSource.query(
      'SELECT action, fields, returnee_id AS "returneeId", actor_role AS "actorRole" FROM audit_event WHERE object_id = $1 ORDER BY id',
      [objectId],
    ) as Promise<Array<{ action: string; fields: string[]; returneeId: string; actorRole: string }>>;
  }

  /** Rows that a refused write must leave untouched. */
  async function counts() {
    const [row] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM conviction) AS convictions,
            (SELECT count(*)::int FROM supplementary_penalty) AS penalties,
            (SELECT count(*)::int FROM obligation) AS obligations,
            (SELECT count(*)::int FROM obligation WHERE settled_on IS NOT NULL) AS settled,
            (SELECT count(*)::int FROM task) AS tasks,
            (SELECT count(*)::int FROM audit_event WHERE action = ANY($1)) AS audits`,
      [ACTIONS],
    );
    return row as Record<string, number>;
  }

  const assignHelper = (returneeId: string) => assignDemoHelper(db.dataSource, returneeId, addDays(TODAY, -30));

  return { newPerson, recordConviction, person, tasks, auditRows, counts, assignHelper };
}

/**
 * The judgments specs' set-up: the demo server, signed-in clients of each role, and the judgment
 * steps run by the Lãm Hà officer. Call once at the top of a file.
 */
export function withJudgmentServer() {
  const demo = withDemoServer();
  const clients = demo.clients('officer', 'vandau', 'committee', 'helper', 'viewer', 'admin');
  return { ...demo, clients, ...judgmentSteps(demo, clients.officer) };
}
