import { CaseStatus, normalizeName } from '@hoanhap/shared';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { type FamilyContact, Returnee } from './returnee.entity.js';
import { findVisibleReturnee, personNotFound } from './returnee-access.js';
import type { MergeReturneesInput } from './returnee-merge.types.js';
import { PERSON_KEYS, type PersonTable } from './person-tables.js';

/*
 * Two records of one person (imported twice, registered by two wards) become one: every related
 * row moves to the survivor, the survivor's empty identity fields are filled from the absorbed
 * record, and the absorbed record is marked merged and answers with the survivor from then on.
 * The survivor's case stays as it was: its status, unit and return day (pick the more complete
 * record as the survivor). Where the two files say the same thing twice, the survivor's word is
 * kept (COLLISIONS). docs/api.md, "Merging two records of one person".
 */

/** What a merge did to the rows of one table: moved to the survivor, or a collision resolved. */
type Outcome = 'moved' | 'dropped' | 'demoted' | 'repointed';

/** `a`'s period overlaps one of the survivor's ($1) in `table`, `start`/`end` its dates (end inclusive, null open). */
const overlapsSurvivor = (table: string, start: string, end: string) =>
  `EXISTS (SELECT 1 FROM ${table} s WHERE s.returnee_id = $1
    AND daterange(s.${start}, s.${end}, '[]') && daterange(a.${start}, a.${end}, '[]'))`;

/**
 * The absorbed record's rows ($2) that would contradict the survivor's ($1), resolved
 * before the rows move, in this order; each statement answers one row per row it touched.
 */
const COLLISIONS: ReadonlyArray<{ table: PersonTable; outcome: Outcome; sql: string }> = [
  // The same helper's account assigned on both files: one assignment, the survivor's. Contacts
  // that named the absorbed assignment name the survivor's.
  {
    table: 'contact',
    outcome: 'repointed',
    sql: `UPDATE contact c SET helper_assignment_id = s.id
      FROM helper_assignment a JOIN helper_assignment s ON s.returnee_id = $1 AND s.ended_on IS NULL
        AND s.helper_user_id = a.helper_user_id
      WHERE c.helper_assignment_id = a.id AND a.returnee_id = $2 AND a.ended_on IS NULL RETURNING 1`,
  },
  {
    table: 'helper_assignment',
    outcome: 'dropped',
    sql: `DELETE FROM helper_assignment a WHERE a.returnee_id = $2 AND a.ended_on IS NULL
      AND EXISTS (SELECT 1 FROM helper_assignment s WHERE s.returnee_id = $1 AND s.ended_on IS NULL
        AND s.helper_user_id = a.helper_user_id) RETURNING 1`,
  },
  // One primary helper at a time (assignHelper refuses a second): the absorbed one keeps helping, as support.
  {
    table: 'helper_assignment',
    outcome: 'demoted',
    sql: `UPDATE helper_assignment a SET role = 'SUPPORTING', version = a.version + 1, updated_at = now()
      WHERE a.returnee_id = $2 AND a.role = 'PRIMARY' AND a.ended_on IS NULL
        AND EXISTS (SELECT 1 FROM helper_assignment s WHERE s.returnee_id = $1 AND s.role = 'PRIMARY'
          AND s.ended_on IS NULL) RETURNING 1`,
  },
  // Classification periods never overlap (classifyReturnee): an assessment of the same days is the survivor's.
  {
    table: 'classification',
    outcome: 'dropped',
    sql: `DELETE FROM classification a WHERE a.returnee_id = $2
      AND ${overlapsSurvivor('classification', 'period_start', 'period_end')} RETURNING 1`,
  },
  // Employment periods never overlap either; a placement on a dropped period moves to the survivor's.
  {
    table: 'placement',
    outcome: 'repointed',
    sql: `UPDATE placement p SET employment_period_id = (
        SELECT s.id FROM employment_period s WHERE s.returnee_id = $1
          AND daterange(s.started_on, s.ended_on, '[]') && daterange(a.started_on, a.ended_on, '[]')
        ORDER BY s.started_on LIMIT 1)
      FROM employment_period a WHERE p.employment_period_id = a.id AND a.returnee_id = $2
        AND ${overlapsSurvivor('employment_period', 'started_on', 'ended_on')} RETURNING 1`,
  },
  {
    table: 'employment_period',
    outcome: 'dropped',
    sql: `DELETE FROM employment_period a WHERE a.returnee_id = $2
      AND ${overlapsSurvivor('employment_period', 'started_on', 'ended_on')} RETURNING 1`,
  },
  // A closure still in force would close the survivor's open case in the figures behind its status.
  {
    table: 'case_closure',
    outcome: 'dropped',
    sql: `DELETE FROM case_closure a WHERE a.returnee_id = $2 AND a.reopened_on IS NULL
      AND (SELECT s.status FROM returnee s WHERE s.id = $1) <> 'CLOSED' RETURNING 1`,
  },
];

/** Every key's rows move in one statement (each statistics trigger then runs once): their counts by table. */
const MOVE_SQL = `WITH ${PERSON_KEYS.map(
  (k, i) => `m${i} AS (UPDATE ${k.table} SET ${k.column} = $1 WHERE ${k.column} = $2 RETURNING 1)`,
).join(',\n  ')}
SELECT json_build_object(${PERSON_KEYS.map((k, i) => `'${k.table}', (SELECT count(*)::int FROM m${i})`).join(', ')}) AS moved`;

/** Identity fields the survivor takes from the absorbed record when it has none. */
const SCALARS = ['dateOfBirth', 'sex', 'citizenId', 'permanentAddress', 'currentAddress', 'residentialGroup'] as const;

/**
 * The survivor's empty identity fields filled from the absorbed record, never a value replaced:
 * other names and family contacts are added to (the absorbed full name, when it is written
 * differently, becomes another name, so a search by it still finds the person).
 */
function filledIdentity(survivor: Returnee, absorbed: Returnee): Partial<Returnee> {
  const filled: Partial<Record<keyof Returnee, unknown>> = {};
  for (const key of SCALARS) if (survivor[key] == null && absorbed[key] != null) filled[key] = absorbed[key];
  const names = [survivor.fullName, ...survivor.otherNames];
  const known = new Set(names.map(normalizeName));
  const added = [absorbed.fullName, ...absorbed.otherNames].filter((n) => {
    const seen = known.has(normalizeName(n));
    known.add(normalizeName(n));
    return !seen;
  });
  if (added.length > 0) {
    filled.otherNames = [...survivor.otherNames, ...added];
    filled.searchName = normalizeName([...names, ...added].join(' '));
  }
  const contactKey = (c: FamilyContact) => `${normalizeName(c.name)}|${normalizeName(c.relation)}`;
  const contacts = new Set(survivor.familyContacts.map(contactKey));
  const newContacts = absorbed.familyContacts.filter((c) => !contacts.has(contactKey(c)));
  if (newContacts.length > 0) filled.familyContacts = [...survivor.familyContacts, ...newContacts];
  return filled as Partial<Returnee>;
}

/** Both records, locked in id order (two merges of the same pair never deadlock), checked for a merge. */
async function lockPair(ctx: RequestContext, input: MergeReturneesInput): Promise<[Returnee, Returnee]> {
  const found = new Map<string, Returnee | null>();
  for (const id of [input.survivorId, input.absorbedId].sort()) {
    found.set(id, await findVisibleReturnee(ctx, id, { lock: true, merged: true }));
  }
  const survivor = found.get(input.survivorId);
  const absorbed = found.get(input.absorbedId);
  if (!survivor || !absorbed) throw personNotFound();
  if (survivor.id === absorbed.id) throw badInput('input.absorbedId', 'MERGE_SAME_RECORD');
  for (const [record, field] of [
    [survivor, 'input.survivorId'],
    [absorbed, 'input.absorbedId'],
  ] as const) {
    if (record.mergedIntoId) throw badInput(field, 'MERGE_ALREADY_MERGED');
  }
  for (const [record, version] of [
    [survivor, input.survivorVersion],
    [absorbed, input.absorbedVersion],
  ] as const) {
    if (record.version !== version) {
      throw appError(ErrorCode.CONFLICT, 'CONFLICT.returnee', { currentVersion: record.version, id: record.id });
    }
  }
  // An open case is kept by its unit: moving its file into another unit's record would take the
  // case from the officer following it. Hand it over first (transferCase), or keep the other record.
  if (absorbed.status !== CaseStatus.CLOSED && absorbed.unitId !== survivor.unitId) {
    throw badInput('input.absorbedId', 'MERGE_OPEN_ELSEWHERE');
  }
  if (survivor.citizenId && absorbed.citizenId && survivor.citizenId !== absorbed.citizenId) {
    throw badInput('input.absorbedId', 'MERGE_CITIZEN_IDS_DIFFER');
  }
  return [survivor, absorbed];
}

/**
 * Merges the absorbed record into the survivor in one transaction and writes one audit row naming
 * both (object: the absorbed record; person: the survivor) with what moved, table by table.
 */
export async function mergeReturnees(ctx: RequestContext, input: MergeReturneesInput): Promise<Returnee> {
  return withTransaction(ctx, async (ctx) => {
    const [survivor, absorbed] = await lockPair(ctx, input);
    // Marked first: the statistics triggers of the moves below then count the absorbed person out.
    // The citizen ID goes to the survivor (one number, one live record: a unique index).
    await ctx.db.query(
      `UPDATE returnee SET merged_into_id = $1, merged_at = now(), merge_reason = $3, citizen_id = NULL,
         version = version + 1, updated_at = now() WHERE id = $2`,
      [survivor.id, absorbed.id, input.reason.trim()],
    );
    const params = [survivor.id, absorbed.id];
    const counts: string[] = [];
    const count = (outcome: Outcome, table: string, n: number) => n > 0 && counts.push(`${outcome}:${table}=${n}`);
    for (const c of COLLISIONS) {
      const rows = (await ctx.db.query(`WITH t AS (${c.sql}) SELECT count(*)::int AS n FROM t`, params)) as Array<{
        n: number;
      }>;
      count(c.outcome, c.table, rows[0]?.n ?? 0);
    }
    const [{ moved }] = (await ctx.db.query(MOVE_SQL, [survivor.id, absorbed.id])) as [
      { moved: Record<string, number> },
    ];
    for (const { table } of PERSON_KEYS) count('moved', table, moved[table] ?? 0);
    // Records merged into the absorbed one before answer with the survivor too, in one step.
    const [earlier] = (await ctx.db.query(
      `WITH t AS (UPDATE returnee SET merged_into_id = $1 WHERE merged_into_id = $2 RETURNING 1)
       SELECT count(*)::int AS n FROM t`,
      [survivor.id, absorbed.id],
    )) as Array<{ n: number }>;
    count('moved', 'returnee', earlier?.n ?? 0);

    const filled = filledIdentity(survivor, absorbed);
    await ctx.db
      .getRepository(Returnee)
      .createQueryBuilder()
      .update()
      .set({ ...filled, version: () => 'version + 1' })
      .where('id = :id', { id: survivor.id })
      .execute();
    const fields = Object.keys(filled).filter((k) => k !== 'searchName');
    ctx.disclosure.written.set(survivor.id, new Set(fields));
    await audit(ctx, {
      action: 'mergeReturnees',
      objectType: 'Returnee',
      objectId: absorbed.id,
      returneeId: survivor.id,
      fields: ['survivorId', 'absorbedId', 'reason', ...fields.map((f) => `filled:${f}`), ...counts],
    });
    const merged = await findVisibleReturnee(ctx, survivor.id);
    if (!merged) throw personNotFound();
    return merged;
  });
}
