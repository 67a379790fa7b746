import { describe, expect, it } from 'vitest';
import { sealAuditLog } from '../../src/modules/audit/audit-seal.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { PERSON_KEYS, PERSON_TABLES, UNMOVED_PERSON_COLUMNS } from '../../src/modules/returnees/person-tables.js';
import { withDemoServer } from '../utils/demo-server.js';

// Two files of one person, the absorbed one holding rows in every table that belongs to a person.
const { db, sql, one, client } = withDemoServer({ logins: ['officer'] });
const officer = client('officer');

const MERGE = `mutation ($input: MergeReturneesInput!) { mergeReturnees(input: $input) {
  id version fullName otherNames dateOfBirth sex citizenId permanentAddress familyContacts { name relation } } }`;
const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id version } }`;

/** The tables with a foreign key to `returnee`, and its column, as the database says. */
const keysToReturnee = () =>
  sql<{ table: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = 'returnee'::regclass ORDER BY 1`,
  );

/** A person's rows in each table that belongs to a person. */
async function rowsOf(id: string): Promise<Record<string, number>> {
  const counts = await one<{ counts: Record<string, number> }>(
    `SELECT json_build_object(${PERSON_TABLES.map((t) => `'${t}', (SELECT count(*)::int FROM ${t} WHERE returnee_id = $1)`).join(', ')}) AS counts`,
    [id],
  );
  return counts.counts;
}

/** Gives `to` a copy of one row of `table` (`where` on `x`): `from`'s, or anyone else's (new id, no rule key). */
const copyRow = async (table: string, to: string, from: string | null = null, where = 'true') => {
  const copied = await sql(
    `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(x)
       || jsonb_build_object('id', gen_random_uuid(), 'returnee_id', $1::uuid, 'rule_key', NULL))).*
     FROM ${table} x WHERE x.returnee_id IS DISTINCT FROM $1 AND ($2::uuid IS NULL OR x.returnee_id = $2::uuid) AND ${where}
     LIMIT 1 RETURNING 1`,
    [to, from],
  );
  expect(copied, `a row of ${table} to copy`).toHaveLength(1);
};

/** Every statistics row, sorted, as text: what `statistics_rebuild()` must reproduce. */
const statisticsRows = async () =>
  (
    await sql<{ r: string }>(
      `SELECT c::text AS r FROM statistics_change c UNION ALL SELECT s::text FROM statistics_summary s WHERE s.people <> 0 ORDER BY 1`,
    )
  ).map((row) => row.r);

describe('mergeReturnees moves a whole file', () => {
  let survivor: { id: string; version: number };
  let absorbed: { id: string; version: number };
  let before: { survivor: Record<string, number>; absorbed: Record<string, number> };

  it('handles every table with a key to returnee (a new one fails here until the merge moves it)', async () => {
    const keys = await keysToReturnee();
    const handled = new Set([...PERSON_KEYS.map((k) => `${k.table}.${k.column}`), 'returnee.merged_into_id']);
    expect(keys.map((k) => `${k.table}.${k.column}`).filter((k) => !handled.has(k))).toEqual([]);
    // A person's id kept without a key is moved too, or left on purpose.
    const columns = await sql<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'returnee_id' ORDER BY 1`,
    );
    const known = new Set<string>([...PERSON_TABLES, ...UNMOVED_PERSON_COLUMNS]);
    expect(columns.map((c) => c.table).filter((t) => !known.has(t))).toEqual([]);
  });

  it('merges, counting each table’s rows out of the absorbed file and into the survivor', async () => {
    absorbed = await one(`SELECT id, version FROM returnee WHERE full_name = 'Vũ Đức Toàn'`);
    // The demo hands nobody over, records no incident and has no reveal: this file came from Văn
    // Đẩu, with a violation, and the committee asked to see it.
    await sql(
      `INSERT INTO incident (returnee_id, kind, occurred_on, version) VALUES ($1, 'ADMINISTRATIVE_VIOLATION', '2023-03-01', 1)`,
      [absorbed.id],
    );
    await sql(
      `INSERT INTO sensitive_reveal (user_id, returnee_id, purpose, expires_at)
       SELECT id, $1, 'Họp xét giúp đỡ', now() + interval '1 hour' FROM app_user WHERE email = 'ubnd.lamha@hoanhap.local'`,
      [absorbed.id],
    );
    await sql(
      `INSERT INTO case_transfer (returnee_id, from_unit_id, to_unit_id, transferred_on, version)
       SELECT $1, (SELECT id FROM administrative_unit WHERE code = 'van-dau'), r.unit_id, '2023-01-10', 1
       FROM returnee r WHERE r.id = $1`,
      [absorbed.id],
    );
    // ... and the officer read the whole file once, and had it archived.
    await sql(
      `INSERT INTO person_file_read (user_id, returnee_id, purpose)
       SELECT id, $1, 'Yêu cầu của Tòa án' FROM app_user WHERE email = 'congan.lamha@hoanhap.local'`,
      [absorbed.id],
    );
    await sql(
      `INSERT INTO person_archive_job (version, requested_by_id, unit_id, status, returnee_id, purpose)
       SELECT 1, u.id, r.unit_id, 'SUCCEEDED', r.id, 'Yêu cầu của Tòa án' FROM app_user u, returnee r
       WHERE u.email = 'congan.lamha@hoanhap.local' AND r.id = $1`,
      [absorbed.id],
    );
    // ... and was sent once to another deployment.
    await sql(
      `INSERT INTO case_package (id, status, from_code, to_code, returnee_id, by_user_id)
       SELECT gen_random_uuid(), 'SENT', 'lam-ha', 'noi-khac', $1, id FROM app_user WHERE email = 'congan.lamha@hoanhap.local'`,
      [absorbed.id],
    );
    for (const table of PERSON_TABLES) if ((await rowsOf(absorbed.id))[table] === 0) await copyRow(table, absorbed.id);
    const res = await officer.request<{ registerReturnee: { id: string; version: number } }>(REGISTER, {
      input: { fullName: 'Vu Duc Toan', dateOfBirth: '1997-04-01', returnedOn: '2022-11-21' },
    });
    expect(res.errors).toBeUndefined();
    survivor = res.data?.registerReturnee as { id: string; version: number };
    // The survivor already has the same assessment, employment and helper: collisions to resolve.
    await copyRow('classification', survivor.id, absorbed.id);
    await copyRow('employment_period', survivor.id, absorbed.id);
    // The absorbed file's live helper has the demo helper's account; the survivor has her too.
    await sql(
      `UPDATE helper_assignment SET helper_user_id = (SELECT id FROM app_user WHERE email = 'phunu.lamha@hoanhap.local')
       WHERE id = (SELECT id FROM helper_assignment WHERE returnee_id = $1 AND ended_on IS NULL LIMIT 1)`,
      [absorbed.id],
    );
    await copyRow('helper_assignment', survivor.id, absorbed.id, `x.ended_on IS NULL AND x.helper_user_id IS NOT NULL`);
    absorbed = await one(`SELECT id, version FROM returnee WHERE id = $1`, [absorbed.id]);
    before = { survivor: await rowsOf(survivor.id), absorbed: await rowsOf(absorbed.id) };
    for (const table of PERSON_TABLES) expect(before.absorbed[table], table).toBeGreaterThan(0);
    const peopleCounted = await one<{ n: number }>(
      'SELECT count(DISTINCT returnee_id)::int AS n FROM statistics_change',
    );

    const merged = await officer.request<{ mergeReturnees: Record<string, unknown> }>(MERGE, {
      input: {
        survivorId: survivor.id,
        survivorVersion: survivor.version,
        absorbedId: absorbed.id,
        absorbedVersion: absorbed.version,
        reason: 'Nhập hai lần từ hai danh sách',
      },
    });
    expect(merged.errors).toBeUndefined();
    // Empty identity fields filled, the survivor's own name kept, the other spelling kept as another name.
    expect(merged.data?.mergeReturnees).toMatchObject({
      id: survivor.id,
      fullName: 'Vu Duc Toan',
      otherNames: [],
      dateOfBirth: '1997-04-01',
      citizenId: expect.stringMatching(/^\d{12}$/),
    });

    const audit = await one<{ object_id: string; returnee_id: string; fields: string[] }>(
      `SELECT object_id, returnee_id, fields FROM audit_event WHERE action = 'mergeReturnees'`,
    );
    expect(audit).toMatchObject({ object_id: absorbed.id, returnee_id: survivor.id });
    const said = (outcome: string, table: string) =>
      Number(audit.fields.find((f) => f.startsWith(`${outcome}:${table}=`))?.split('=')[1] ?? 0);
    const after = { survivor: await rowsOf(survivor.id), absorbed: await rowsOf(absorbed.id) };
    for (const table of PERSON_TABLES) {
      expect(after.absorbed[table], `${table} left behind`).toBe(0);
      expect(said('moved', table) + said('dropped', table), `${table} counted`).toBe(before.absorbed[table]);
      expect(after.survivor[table], `${table} moved`).toBe((before.survivor[table] ?? 0) + said('moved', table));
    }
    for (const table of ['classification', 'employment_period', 'helper_assignment', 'case_closure']) {
      expect(said('dropped', table), `${table} collision`).toBeGreaterThan(0);
    }
    expect(audit.fields).toEqual(expect.arrayContaining(['survivorId', 'absorbedId', 'reason', 'filled:citizenId']));
    expect(JSON.stringify(audit.fields)).not.toContain('Nhập hai lần');
    const mark = await one(
      `SELECT merged_into_id, merged_at IS NOT NULL AS dated, merge_reason, citizen_id FROM returnee WHERE id = $1`,
      [absorbed.id],
    );
    expect(mark).toEqual({
      merged_into_id: survivor.id,
      dated: true,
      merge_reason: 'Nhập hai lần từ hai danh sách',
      citizen_id: null,
    });
    const counted = await one<{ n: number }>('SELECT count(DISTINCT returnee_id)::int AS n FROM statistics_change');
    expect(counted.n).toBe(peopleCounted.n - 1);
    expect(await sql('SELECT 1 FROM statistics_change WHERE returnee_id = $1', [absorbed.id])).toEqual([]);
  });

  it('leaves the statistics exactly as a rebuild from the records makes them', async () => {
    const kept = await statisticsRows();
    await sql('SELECT statistics_rebuild()');
    expect(await statisticsRows()).toEqual(kept);
  });

  it('keeps the audit chain whole', async () => {
    await sealAuditLog(db.dataSource);
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it('answers the absorbed id with the survivor, and lists, searches and counts the person once', async () => {
    const read = await officer.request<{ returnee: { id: string } }>('query ($id: ID!) { returnee(id: $id) { id } }', {
      id: absorbed.id,
    });
    expect(read.data?.returnee.id).toBe(survivor.id);
    const found = await officer.request<{ returnees: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      '{ returnees(filter: { search: "toan vu duc" }) { totalCount edges { node { id } } } }',
    );
    expect(found.data?.returnees).toEqual({ totalCount: 1, edges: [{ node: { id: survivor.id } }] });
    const byId = await officer.request<{ returnees: { totalCount: number } }>(
      'query ($ids: [ID!]) { returnees(filter: { ids: $ids }) { totalCount } }',
      { ids: [absorbed.id] },
    );
    expect(byId.data?.returnees.totalCount).toBe(0);
  });

  it('refuses to merge the absorbed record again, naming it', async () => {
    const other = await one<{ id: string; version: number }>(
      `SELECT id, version FROM returnee WHERE full_name = 'Trần Quang Khải'`,
    );
    const current = await one<{ version: number }>('SELECT version FROM returnee WHERE id = $1', [absorbed.id]);
    const res = await officer.request(MERGE, {
      input: {
        survivorId: other.id,
        survivorVersion: other.version,
        absorbedId: absorbed.id,
        absorbedVersion: current.version,
        reason: 'Thử lại',
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.absorbedId',
      reason: 'MERGE_ALREADY_MERGED',
    });
  });
});
