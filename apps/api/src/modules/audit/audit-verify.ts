import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);
const PAGE = 1000;

export type AuditChainResult = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: string };

interface ChainRow {
  id: string;
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
export function canonicalRow(r: Omit<ChainRow, 'prev_hash' | 'row_hash'>): string {
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
 * Recomputes the audit chain in id order, a page at a time, and names the first row whose
 * `prev_hash` is not the previous row's hash or whose `row_hash` does not match its content
 * (an edited, removed or inserted-out-of-band row). The hashing here is independent of the
 * database's trigger: only the timestamp is formatted by PostgreSQL (microseconds, UTC).
 */
export async function verifyAuditChain(dataSource: DataSource, pageSize = PAGE): Promise<AuditChainResult> {
  let expectedPrev = GENESIS_HASH;
  let lastId: string | null = null;
  let rows = 0;
  for (;;) {
    const page: ChainRow[] = await dataSource.query(
      `SELECT id::text AS id,
              to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
              actor_id::text AS actor_id, actor_role::text AS actor_role, action, object_type,
              object_id::text AS object_id, returnee_id::text AS returnee_id, fields,
              request_id::text AS request_id, prev_hash, row_hash
         FROM audit_event e
        WHERE ($1::bigint IS NULL OR e.id > $1::bigint)
        ORDER BY e.id
        LIMIT $2`,
      [lastId, pageSize],
    );
    for (const row of page) {
      const expected = rowHash(expectedPrev, canonicalRow(row));
      if (row.prev_hash !== expectedPrev || row.row_hash !== expected) {
        return { ok: false, rows, brokenAt: row.id };
      }
      expectedPrev = expected;
      rows += 1;
    }
    if (page.length < pageSize) return { ok: true, rows };
    lastId = page[page.length - 1]?.id ?? null;
  }
}
