/*
 * SQL fragments the bench tables share. Every value is a function of a row number: a hash of the
 * number and a salt (one salt per decision, so decisions are independent) or an id derived from it,
 * so the same plan always writes the same rows and related rows find each other without lookups.
 */

/** Unit codes: everything the bench writes hangs off units whose code starts with this. */
export const BENCH_CODE_PREFIX = 'bench-';

/** A whole number in [0, m), the same for the same row number and salt. */
export function pick(n: string, salt: number, m: number | string): string {
  return `(((hashint8extended((${n})::bigint, ${salt}) & 2147483647) % (${m}))::int)`;
}

/** A percentage draw in [0, 100). */
export function percent(n: string, salt: number): string {
  return pick(n, salt, 100);
}

/**
 * The id of the n-th row of a kind (n a whole number), the same at every run: 8 hex digits naming
 * the kind, then n. Ids rising with n keep every primary key and foreign-key check appending to and
 * reading the same end of its index, instead of touching a random page per row as random ids do.
 */
export function benchId(kind: string, n: string): string {
  return `(substr(md5('bench:${kind}'), 1, 8) || lpad(to_hex((${n})::bigint), 24, '0'))::uuid`;
}

/** The ward (1-based) a district or ward number belongs to, and the codes the bench units carry. */
export const wardCode = (i: string) => `'bench-w-' || lpad((${i})::text, 5, '0')`;
export const districtCode = (i: string) => `'bench-d-' || lpad((${i})::text, 4, '0')`;
export const provinceCode = (i: string) => `'bench-p-' || lpad((${i})::text, 2, '0')`;

/** "Today" for the generated dates: fixed, so that the data does not depend on when it is seeded. */
export const BENCH_TODAY = `date '2026-11-30'`;
