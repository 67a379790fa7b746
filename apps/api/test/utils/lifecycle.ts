import { expect } from 'vitest';
import { expectRefusedUnchanged, mutateOk } from './assertions.js';
import type { DemoSql } from './demo-sql.js';
import { withDemoServer } from './demo-server.js';
import type { GqlClient, GqlResponse } from './test-server.js';

/*
 * The case lifecycle as the officer drives it through the API: the mutations, the usual inputs,
 * and a person moved up to a given stage, for the lifecycle and casework specs.
 */

export const REGISTER = 'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id status } }';
export const NOTICE = `mutation ($input: RecordReleaseNoticeInput!) { recordReleaseNotice(input: $input) {
  id receivedOn prison expectedReleaseOn statedAddress verificationDueOn verifiedOn verificationResult } }`;
export const VERIFY = `mutation ($input: VerifyReleaseAddressInput!) { verifyReleaseAddress(input: $input) {
  id verifiedOn verificationResult } }`;
export const RELEASE = `mutation ($input: RecordReleaseInput!) { recordRelease(input: $input) {
  id type certificateNumber releasedOn prison probationEndsOn } }`;
export const RECEPTION = `mutation ($input: RecordReceptionInput!) { recordReception(input: $input) {
  id receivedOn meetingRecordNumber pledgeSigned informationSheetDone needs officer { displayName } } }`;
export const START =
  'mutation ($input: StartSupportInput!) { startSupport(input: $input) { id status allowedTransitions } }';
export const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) {
  id reason closedOn proofNumber proofDate note reopenedOn } }`;
export const REOPEN =
  'mutation ($input: ReopenCaseInput!) { reopenCase(input: $input) { id status allowedTransitions } }';

export const INCIDENT = `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) {
  id kind occurredOn note } }`;
export const CLASSIFY = `mutation ($input: ClassifyReturneeInput!) { classifyReturnee(input: $input) {
  id group periodStart periodEnd reasons } }`;

/** A person's casework: unit, incidents, classifications, receptions, releases and transfers. */
export const CASE_PERSON = `query ($id: ID!) { returnee(id: $id) {
  id status unit { code }
  incidents { kind occurredOn note }
  classifications { group periodStart periodEnd reasons }
  currentClassification { group periodStart }
  receptions { receivedOn }
  releases { releasedOn }
  transfers { transferredOn reason fromUnit { code } toUnit { code } } } }`;

/** The 2024 calendar around 30/4 (Monday 29/4 off, Saturday 4/5 worked) and New Year 2025. */
export async function seedLifecycleHolidays({ sql }: Pick<DemoSql, 'sql'>): Promise<void> {
  await sql(
    `INSERT INTO holiday (day, kind, name) VALUES
       ('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi'), ('2024-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam'),
       ('2024-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động'), ('2024-05-04', 'WORKING_DAY', 'Làm bù'),
       ('2025-01-01', 'DAY_OFF', 'Tết Dương lịch')
     ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind`,
  );
}

/** A full-term release from Xuân Nguyên. */
export const fullTerm = (returneeId: string, releasedOn = '2024-03-01') => ({
  returneeId,
  type: 'FULL_TERM',
  certificateNumber: '12/GCN-TG',
  releasedOn,
  prison: 'Trại giam Xuân Nguyên',
});

/** A reception with its meeting record, the pledge signed and two needs (one blank, one padded). */
export const reception = (returneeId: string, receivedOn = '2024-03-05') => ({
  returneeId,
  receivedOn,
  meetingRecordNumber: '05/BB',
  pledgeSigned: true,
  informationSheetDone: true,
  needs: ['Việc làm', ' Giấy tờ tùy thân ', ''],
});

export type LifecycleStage = 'NOTIFIED' | 'AWAITING_REPORT' | 'RECEIVED' | 'UNDER_SUPPORT' | 'CLOSED';

/** The lifecycle steps of one spec file, run by `officer` on the file's database. */
export function lifecycleSteps(demo: Pick<DemoSql, 'sql' | 'one'>, officer: GqlClient) {
  const { sql, one } = demo;

  async function register(fullName: string, returnedOn: string | null = null): Promise<string> {
    const person = await mutateOk(officer, REGISTER, { fullName, returnedOn });
    return String(person.id);
  }

  /** A person moved through the lifecycle by the officer up to `stage` (released 1/3/2024, received 5/3). */
  async function personAt(stage: LifecycleStage): Promise<string> {
    const id = await register(`Người thử nghiệm ${stage} ${Math.random().toString(36).slice(2, 8)}`);
    if (stage === 'NOTIFIED') return id;
    await mutateOk(officer, RELEASE, fullTerm(id));
    if (stage === 'AWAITING_REPORT') return id;
    await mutateOk(officer, RECEPTION, reception(id));
    if (stage === 'RECEIVED') return id;
    await mutateOk(officer, START, { returneeId: id });
    if (stage === 'UNDER_SUPPORT') return id;
    await mutateOk(officer, CLOSE, { returneeId: id, reason: 'DECEASED', closedOn: '2024-06-01' });
    return id;
  }

  /** Everything the lifecycle writes about a person, to prove a refused call wrote nothing. */
  const snapshot = (id: string) =>
    one(
      `SELECT r.status, r.version, r.unit_id, to_char(r.returned_on, 'YYYY-MM-DD') AS returned_on,
         (SELECT count(*)::int FROM release_notice WHERE returnee_id = r.id) AS notices,
         (SELECT count(*)::int FROM release_notice WHERE returnee_id = r.id AND verified_on IS NOT NULL) AS verified,
         (SELECT count(*)::int FROM release WHERE returnee_id = r.id) AS releases,
         (SELECT count(*)::int FROM reception WHERE returnee_id = r.id) AS receptions,
         (SELECT count(*)::int FROM case_closure WHERE returnee_id = r.id) AS closures,
         (SELECT count(*)::int FROM case_closure WHERE returnee_id = r.id AND reopened_on IS NOT NULL) AS reopened,
         (SELECT count(*)::int FROM incident WHERE returnee_id = r.id) AS incidents,
         (SELECT count(*)::int FROM task WHERE returnee_id = r.id) AS tasks,
         (SELECT count(*)::int FROM task WHERE returnee_id = r.id AND completed_at IS NULL) AS open_tasks,
         (SELECT string_agg(DISTINCT unit_id::text, ',') FROM task WHERE returnee_id = r.id) AS task_units,
         (SELECT coalesce(string_agg(period_start || '..' || coalesce(period_end::text, ''), ',' ORDER BY period_start), '')
            FROM classification WHERE returnee_id = r.id) AS classifications,
         (SELECT count(*)::int FROM case_transfer WHERE returnee_id = r.id) AS transfers,
         (SELECT count(*)::int FROM audit_event WHERE returnee_id = r.id) AS audits
       FROM returnee r WHERE r.id = $1`,
      [id],
    );

  /** Calls the mutation, expects the error and no data, and checks that nothing about the person changed. */
  async function refused(
    client: GqlClient,
    query: string,
    input: Record<string, unknown>,
    returneeId: string,
    expected: Record<string, unknown>,
  ): Promise<GqlResponse> {
    const res = await expectRefusedUnchanged(
      () => snapshot(returneeId),
      () => client.request(query, { input }),
      expected,
    );
    expect(res.data?.[Object.keys(res.data ?? {})[0] ?? ''] ?? null).toBeNull();
    return res;
  }

  /** The audit rows of an action about a person, oldest first. */
  const auditRows = (returneeId: string, action: string) =>
    sql<{ action: string; fields: string[]; object_type: string }>(
      'SELECT action, fields, object_type FROM audit_event WHERE returnee_id = $1 AND action = $2 ORDER BY id',
      [returneeId, action],
    );

  async function status(id: string): Promise<string> {
    return (await one<{ status: string }>('SELECT status FROM returnee WHERE id = $1', [id])).status;
  }

  /** The person as `client` sees the casework on them (null when out of reach). */
  async function casePerson(client: GqlClient, id: string) {
    const res = await client.request<{ returnee: Record<string, unknown> | null }>(CASE_PERSON, { id });
    expect(res.errors).toBeUndefined();
    return res.data?.returnee ?? null;
  }

  return { register, personAt, snapshot, refused, auditRows, status, casePerson };
}

/**
 * The lifecycle specs' set-up: the demo server (with the 2024 holidays around 30/4 when asked),
 * the Lãm Hà officer and the lifecycle steps run by her. Call once at the top of a file.
 */
export function withLifecycleServer(options: { holidays?: boolean } = {}) {
  const demo = withDemoServer(options.holidays ? { seed: seedLifecycleHolidays } : {});
  const officer = demo.client('officer');
  return { ...demo, officer, ...lifecycleSteps(demo, officer) };
}
