import { badInput } from '../errors.js';
import { UUID } from '../uuid.js';

/** The SQL type of a sort column; a cursor value is checked against it before it reaches SQL. */
export type KeyType = 'uuid' | 'date' | 'timestamptz' | 'bigint' | 'text';

const MAX_CURSOR_LENGTH = 2048;
const MAX_TEXT_KEY = 1000;
const MAX_BIGINT = 2n ** 63n - 1n;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const validKey: Record<KeyType, (value: string) => boolean> = {
  uuid: (v) => UUID.test(v),
  date: (v) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  timestamptz: (v) => TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v)),
  bigint: (v) => /^\d{1,19}$/.test(v) && BigInt(v) <= MAX_BIGINT,
  text: (v) => v.length <= MAX_TEXT_KEY && !v.includes('\u0000'),
};

/**
 * A sort column as the text a cursor stores, in SQL. Timestamps keep their microseconds in UTC: a
 * JavaScript Date would round them, and the next page would repeat or skip a row.
 */
export function keyText(column: string, type: KeyType): string {
  return type === 'timestamptz'
    ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : `${column}::text`;
}

export const invalidCursor = () => badInput('after', 'INVALID_CURSOR');

/**
 * The one cursor format: base64url of the JSON array `[tag, ...sort values as text]`. The tag names
 * the list and its order, so a cursor of another list or order is refused. To clients a cursor is an
 * opaque string: the format may change.
 */
export function encodeCursor(tag: string, values: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...values]), 'utf8').toString('base64url');
}

/** The sort values of a cursor made by `encodeCursor(tag, …)`; BAD_USER_INPUT on `after` otherwise. */
export function decodeCursor(tag: string, cursor: string, types: readonly KeyType[]): string[] {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== types.length + 1 || parsed[0] !== tag) throw invalidCursor();
  const values = parsed.slice(1);
  const ok = values.every((v, i) => typeof v === 'string' && validKey[types[i] as KeyType](v));
  if (!ok) throw invalidCursor();
  return values as string[];
}
