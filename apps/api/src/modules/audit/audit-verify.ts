import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);
const PAGE = 1000;

/**
 * `rows`: sealed rows verified; `unsealed`: rows written but not yet chained by the sealer (the last
 * seconds' rows, normally: they are checked once sealed); `brokenAt`: the audit row (event id) where
 * the chain first fails.
 */
export type AuditChainResult =
  | { ok: true; rows: number; unsealed: number }
  | { ok: false; rows: number; brokenAt: string };

interface ChainRow {
  seq: string;
  /** The sealed event's id; null when the event row has gone (deleted behind the triggers). */
  id: string | null;
  event_id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  returnee_id: string | null;
  fields: string[] | null;
  request_id: string | null;
  prev_hash: string | null;
  row_hash: string | null;
}

/** One part of the canonical text: "-" for null, else "<UTF-8 bytes>:<value>" (as audit_event_part in SQL). */
function part(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/** The canonical text of a row, field by field in a fixed order (as audit_event_canonical in SQL). */
export function canonicalRow(r: Omit<ChainRow, 'seq' | 'event_id' | 'prev_hash' | 'row_hash'>): string {
  const fields = r.fields === null ? null : `#${r.fields.length}${r.fields.map(part).join('')}`;
  return [
    r.id,
    r.occurred_at,
    r.actor_id,
    r.actor_role,
    r.action,
    r.object_type,
    r.object_id,
    r.returnee_id,
    fields,
    r.request_id,
  ]
    .map(part)
    .join('');
}

export function rowHash(prevHash: string, canonical: string): string {
  return createHash('sha256')
    .update(prevHash + canonical, 'utf8')
    .digest('hex');
}

/**
 * Recomputes the audit chain in seal order (`audit_seal.seq`), a page at a time, and names the first
 * audit row whose seal does not follow the previous one or whose hash does not match its content (an
 * edited, removed or re-inserted row), then counts the rows not yet sealed. The hashing here is
 * independent of the database's sealer: only the timestamp is formatted by PostgreSQL (microseconds,
 * UTC).
 */
export async function verifyAuditChain(dataSource: DataSource, pageSize = PAGE): Promise<AuditChainResult> {
  let expectedPrev = GENESIS_HASH;
  let lastSeq = 0;
  let rows = 0;
  for (;;) {
    const page: ChainRow[] = await dataSource.query(
      `SELECT s.seq::text AS seq, s.event_id::text AS event_id, s.prev_hash, s.row_hash, e.id::text AS id,
              to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
              e.actor_id::text AS actor_id, e.actor_role::text AS actor_role, e.action, e.object_type,
              e.object_id::text AS object_id, e.returnee_id::text AS returnee_id, e.fields,
              e.request_id::text AS request_id
         FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id
        WHERE s.seq > $1
        ORDER BY s.seq
        LIMIT $2`,
      [lastSeq, pageSize],
    );
    for (const row of page) {
      // Seals are numbered 1, 2, 3…: a gap is a removed seal.
      const inPlace = Number(row.seq) === lastSeq + 1 && row.id !== null;
      if (!inPlace || row.prev_hash !== expectedPrev || row.row_hash !== rowHash(expectedPrev, canonicalRow(row))) {
        return { ok: false, rows, brokenAt: row.event_id };
      }
      expectedPrev = row.row_hash;
      lastSeq += 1;
      rows += 1;
    }
    if (page.length < pageSize) break;
  }
  const [{ unsealed }] = await dataSource.query(
    `SELECT count(*)::int AS unsealed FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)`,
  );
  return { ok: true, rows, unsealed };
}
