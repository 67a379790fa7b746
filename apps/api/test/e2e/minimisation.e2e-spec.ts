import { beforeAll, describe, expect, it } from 'vitest';
import { sealAuditLog } from '../../src/modules/audit/audit-seal.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { minimiseDue } from '../../src/modules/minimisation/minimisation.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * Minimisation of the demo's expunged people (Penal Code art. 69(1)): their convictions, incidents,
 * contact notes, document files and reveals go; the article's figures (34 = 7/21/6, 10 = 2/7/1 in
 * the caseload), the month-by-month caseload, the pledges' live scores and the models' frozen
 * baselines stay identical; the audit chain still verifies; a held person is untouched.
 */

const { db, client } = withDemoServer();
const officer = client('officer');
const viewer = client('viewer');
const admin = client('admin');
const TODAY = '2026-12-06';

const FIGURES = `query { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") {
  returned { total stable unstable unemployed other }
  inCaseload { total stable unstable unemployed other }
  caseloadByMonth { on inCaseload { total stable unstable unemployed other } } } }`;
const PLEDGES = `query { pledges(first: 50) { edges { node { id totalScore targets { indicator actual progress score } } } } }`;
const MODELS = `query { reintegrationModels { id baseline { returnedSince asOf returned { total stable unstable unemployed other } } } }`;
const MINIMISATION = `query ($id: ID!) { returnee(id: $id) {
  minimisation { status dueOn minimisedAt categories hold { reason placedAt } } } }`;
const HOLD = `mutation ($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { status hold { reason } } }`;
const RELEASE = `mutation ($input: ReleaseLegalHoldInput!) { releaseLegalHold(input: $input) { status hold { reason } } }`;

let expunged: string[] = [];
let held = '';

const query = async <T>(sql: string, params: unknown[] = []) => (await db.dataSource.query(sql, params)) as T[];
const countOf = async (sql: string, ids: string[]) =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, [ids]))[0]?.n ?? 0;

/** Everything the figures, scores and frozen reports say, as the officer and a viewer read them. */
async function figures() {
  const read = async (c: typeof officer, q: string) => {
    const res = await c.request(q);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  return {
    stats: await read(officer, FIGURES),
    pledges: await read(viewer, PLEDGES),
    board: await read(viewer, 'query { pledgeScoreboard(year: 2024) { rank score organisation { name } } }'),
    models: await read(viewer, MODELS),
  };
}

beforeAll(async () => {
  const rows = await query<{ id: string }>(
    `SELECT r.id FROM returnee r JOIN case_closure c ON c.returnee_id = r.id AND c.reopened_on IS NULL
      JOIN administrative_unit u ON u.id = r.unit_id
     WHERE c.reason = 'EXPUNGED' AND u.code = 'lam-ha' ORDER BY r.full_name`,
  );
  expunged = rows.map((r) => r.id);
  held = expunged[0] ?? '';
  // Sensitive details beside the demo's convictions: an incident of each kind the rules treat
  // differently, a contact note, a document with its file, a reveal.
  const [unit] = await query<{ id: string }>(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
  const [user] = await query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'so.haiphong@hoanhap.local'`);
  const [{ id: officerId } = { id: '' }] = await query<{ id: string }>(
    `SELECT id FROM app_user WHERE email = 'congan.lamha@hoanhap.local'`,
  );
  for (const id of expunged) {
    await query(
      `INSERT INTO incident (returnee_id, kind, occurred_on, note, version) VALUES
         ($1, 'ADMINISTRATIVE_VIOLATION', '2024-06-01', 'Gây rối trật tự', 1),
         ($1, 'NEW_OFFENCE', '2024-07-01', 'Chi tiết vụ việc', 1)`,
      [id],
    );
    await query(
      `INSERT INTO contact (returnee_id, contacted_on, channel, recorded_by_id, notes, next_action, version)
       VALUES ($1, '2024-03-01', 'HOME_VISIT', $2, 'Nội dung trao đổi', 'Gặp lại', 1)`,
      [id, officerId],
    );
    const [doc] = await query<{ id: string }>(
      `INSERT INTO document (unit_id, kind, issued_on, issuer, title, returnee_id, version)
       VALUES ($1, 'DECISION', '2024-05-01', 'UBND phường Lãm Hà', 'Quyết định', $2, 1) RETURNING id`,
      [unit?.id, id],
    );
    await query(
      `INSERT INTO document_file (document_id, file_name, mime_type, size_bytes, sha256, content)
       VALUES ($1, 'qd.pdf', 'application/pdf', 3, 'x', '\\x010203')`,
      [doc?.id],
    );
    await query(
      `INSERT INTO sensitive_reveal (user_id, returnee_id, purpose, expires_at) VALUES ($1, $2, 'Đối chiếu hồ sơ', now())`,
      [user?.id, id],
    );
  }
}, 60_000);

describe('minimisation of expunged people', () => {
  it('shows the officer what will be minimised and when, and holds one file with a reason', async () => {
    expect(expunged.length).toBeGreaterThan(3);
    const before = await officer.request<{ returnee: { minimisation: Record<string, unknown> } }>(MINIMISATION, {
      id: held,
    });
    expect(before.errors).toBeUndefined();
    expect(before.data?.returnee.minimisation).toMatchObject({
      status: 'SCHEDULED',
      minimisedAt: null,
      hold: null,
      categories: expect.arrayContaining(['CONVICTIONS', 'INCIDENTS', 'CONTACT_NOTES', 'DOCUMENT_FILES']),
    });
    expect(String(before.data?.returnee.minimisation.dueOn) <= TODAY).toBe(true);

    const tooShort = await officer.request(HOLD, { input: { returneeId: held, reason: 'ngắn' } });
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    const res = await officer.request(HOLD, {
      input: { returneeId: held, reason: 'Đang có vụ án liên quan (TB 12/2026)' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      placeLegalHold: { status: 'HELD', hold: { reason: 'Đang có vụ án liên quan (TB 12/2026)' } },
    });
    expect(
      errorCode(await officer.request(HOLD, { input: { returneeId: held, reason: 'Lần thứ hai, cùng lý do' } })),
    ).toBe('CONFLICT');
    // Other roles read the person but not the minimisation (null), and cannot hold.
    const other = await viewer.request<{ returnee: { minimisation: unknown } | null }>(MINIMISATION, { id: held });
    expect(other.data?.returnee?.minimisation ?? null).toBeNull();
    const [audit] = await query<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE action = 'placeLegalHold' AND returnee_id = $1`,
      [held],
    );
    expect(audit?.fields).toEqual(['reason']);
  });

  it('leaves the figures, pledge scores and frozen baselines identical, and the audit chain valid', async () => {
    const others = expunged.filter((id) => id !== held);
    const heldBefore = await countOf(`conviction WHERE returnee_id = ANY($1)`, [held]);
    expect(heldBefore).toBeGreaterThan(0);
    expect(await countOf(`conviction WHERE returnee_id = ANY($1)`, others)).toBeGreaterThan(0);
    const before = await figures();
    expect(before.stats).toMatchObject({
      reintegrationStats: {
        returned: { total: 34, stable: 7, unstable: 21, unemployed: 6, other: 0 },
        inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 },
      },
    });
    const audits = await countOf(`audit_event WHERE action = 'minimisePerson' AND returnee_id = ANY($1)`, expunged);

    const done = await minimiseDue(testSystemContext(db.dataSource), TODAY);
    expect(done).toBeGreaterThanOrEqual(others.length);

    expect(await figures()).toEqual(before);
    // Gone or blanked for the people minimised...
    expect(await countOf(`conviction WHERE returnee_id = ANY($1)`, others)).toBe(0);
    expect(await countOf(`incident WHERE returnee_id = ANY($1) AND kind <> 'NEW_OFFENCE'`, others)).toBe(0);
    expect(await countOf(`incident WHERE returnee_id = ANY($1) AND note IS NOT NULL`, others)).toBe(0);
    expect(await countOf(`incident WHERE returnee_id = ANY($1) AND kind = 'NEW_OFFENCE'`, others)).toBe(others.length);
    expect(
      await countOf(`contact WHERE returnee_id = ANY($1) AND (notes IS NOT NULL OR next_action IS NOT NULL)`, others),
    ).toBe(0);
    expect(
      await countOf(`document_file f JOIN document d ON d.id = f.document_id WHERE d.returnee_id = ANY($1)`, others),
    ).toBe(0);
    expect(await countOf(`sensitive_reveal WHERE returnee_id = ANY($1)`, others)).toBe(0);
    // ...and kept for the statistics.
    expect(await countOf(`employment_period WHERE returnee_id = ANY($1)`, others)).toBeGreaterThan(0);
    expect(await countOf(`returnee WHERE id = ANY($1) AND full_name <> ''`, others)).toBe(others.length);
    // The held person is untouched.
    expect(await countOf(`conviction WHERE returnee_id = ANY($1)`, [held])).toBe(heldBefore);
    expect(await countOf(`incident WHERE returnee_id = ANY($1) AND note IS NOT NULL`, [held])).toBe(2);
    expect(
      await countOf(`document_file f JOIN document d ON d.id = f.document_id WHERE d.returnee_id = ANY($1)`, [held]),
    ).toBe(1);

    // One audit row per person, with categories and counts and the policy, never a value.
    expect(await countOf(`audit_event WHERE action = 'minimisePerson' AND returnee_id = ANY($1)`, expunged)).toBe(
      audits + others.length,
    );
    const [row] = await query<{ fields: string[]; actor_id: string | null }>(
      `SELECT fields, actor_id FROM audit_event WHERE action = 'minimisePerson' AND returnee_id = $1`,
      [others[0]],
    );
    expect(row?.actor_id).toBeNull();
    expect(row?.fields).toEqual(
      expect.arrayContaining([
        'INCIDENTS:2',
        'CONTACT_NOTES:1',
        'DOCUMENT_FILES:1',
        'SENSITIVE_REVEALS:1',
        'policy:EXPUNGED+30d',
      ]),
    );
    expect(row?.fields.some((f) => /^CONVICTIONS:[1-9]/.test(f))).toBe(true);

    await sealAuditLog(db.dataSource, { sweep: true });
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true, unsealed: 0 });

    const shown = await officer.request<{ returnee: { minimisation: Record<string, unknown> } }>(MINIMISATION, {
      id: others[0],
    });
    expect(shown.data?.returnee.minimisation).toMatchObject({ status: 'DONE', dueOn: null, hold: null });
    expect(shown.data?.returnee.minimisation.minimisedAt).toBeTruthy();
  });

  it('does nothing the second time, and minimises the held person once released', async () => {
    const ctx = testSystemContext(db.dataSource);
    expect(await minimiseDue(ctx, TODAY)).toBe(0);
    const released = await officer.request(RELEASE, { input: { returneeId: held } });
    expect(released.data).toEqual({ releaseLegalHold: { status: 'SCHEDULED', hold: null } });
    expect(errorCode(await officer.request(RELEASE, { input: { returneeId: held } }))).toBe('CONFLICT');
    expect(await minimiseDue(ctx, TODAY)).toBe(1);
    expect(await countOf(`conviction WHERE returnee_id = ANY($1)`, [held])).toBe(0);
    expect(
      errorCode(await officer.request(HOLD, { input: { returneeId: held, reason: 'Quá muộn để lưu giữ hồ sơ' } })),
    ).toBe('CONFLICT');
  });
  it("follows the unit's policy for other closures: a shorter retention makes the moved-away people due", async () => {
    const moved = (
      await query<{ id: string }>(
        `SELECT r.id FROM returnee r JOIN case_closure c ON c.returnee_id = r.id AND c.reopened_on IS NULL
          JOIN administrative_unit u ON u.id = r.unit_id
         WHERE c.reason = 'MOVED_AWAY' AND u.code = 'lam-ha'`,
      )
    ).map((r) => r.id);
    expect(moved.length).toBeGreaterThan(0);
    const ctx = testSystemContext(db.dataSource);
    // Under the default five years, none of them is due yet.
    expect(await minimiseDue(ctx, TODAY)).toBe(0);
    const before = await figures();

    const [unit] = await query<{ id: string }>(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
    const res = await admin.request(
      `mutation ($input: UpdateUnitSettingsInput!) { updateUnitSettings(input: $input) { closedRetentionMonths } }`,
      { input: { unitId: unit?.id, noContactDays: 30, reportInDays: 10, note: null, closedRetentionMonths: 12 } },
    );
    expect(res.errors).toBeUndefined();
    const shown = await officer.request<{ returnee: { minimisation: { status: string; dueOn: string } } }>(
      MINIMISATION,
      { id: moved[0] },
    );
    expect(shown.data?.returnee.minimisation.status).toBe('SCHEDULED');
    expect(String(shown.data?.returnee.minimisation.dueOn) <= TODAY).toBe(true);

    expect(await minimiseDue(ctx, TODAY)).toBe(moved.length);
    expect(await figures()).toEqual(before);
    const [row] = await query<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE action = 'minimisePerson' AND returnee_id = $1`,
      [moved[0]],
    );
    expect(row?.fields).toContain('policy:CLOSED+12m');
    await sealAuditLog(db.dataSource, { sweep: true });
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true, unsealed: 0 });
  });
});
