import { expect } from 'vitest';
import type { GqlClient, GqlResponse } from './test-server.js';

type Answer = Pick<GqlResponse<unknown>, 'errors' | 'data'>;

/** The call was refused with `code` (and, for bad input, the field and reason), and returned no data. */
export function expectRefused(res: Answer, code: string, field?: string, reason?: string) {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({
    code,
    ...(field ? { field } : {}),
    ...(reason ? { reason } : {}),
  });
  expect(res.data ?? null).toBeNull();
}

/** The first error is a BAD_USER_INPUT naming `field` and `reason`. */
export function expectBadInput(res: Pick<Answer, 'errors'>, field: string, reason: string) {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({
    code: 'BAD_USER_INPUT',
    field,
    reason,
  });
}

/** The call was refused as NOT_FOUND and returned no data. */
export function expectNotFound(res: Answer) {
  expectRefused(res, 'NOT_FOUND');
}

/** The call was refused as FORBIDDEN and returned no data. */
export function expectForbidden(res: Answer) {
  expectRefused(res, 'FORBIDDEN');
}

/**
 * Runs a call expected to fail and checks that the row counts of `tables` are as they were
 * (`count` counts a table, e.g. the fixture's); returns the answer.
 */
export async function expectNothingWritten<T>(
  count: (table: string) => Promise<number>,
  tables: string[],
  call: () => Promise<GqlResponse<T>>,
): Promise<GqlResponse<T>> {
  const before: number[] = [];
  for (const table of tables) before.push(await count(table));
  const res = await call();
  expect(res.errors, 'expected an error').toBeDefined();
  for (const [i, table] of tables.entries()) expect(await count(table), table).toBe(before[i]);
  return res;
}

/** The call succeeded: no errors (shown when there are some); returns its data. */
export function expectOk<T>(res: GqlResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** Runs a mutation with `input` and returns its data (the first field), failing the test on errors. */
export async function mutateOk(
  client: GqlClient,
  query: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const res = await client.request<Record<string, Record<string, unknown>>>(query, { input });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0] ?? {};
}

/**
 * Runs a call expected to be refused with an error matching `expected`, and checks that
 * `snapshot` (what the call could have written) reads the same after it; returns the answer.
 */
export async function expectRefusedUnchanged<T>(
  snapshot: () => Promise<unknown>,
  call: () => Promise<GqlResponse<T>>,
  expected: Record<string, unknown>,
): Promise<GqlResponse<T>> {
  const before = await snapshot();
  const res = await call();
  expect(res.errors?.[0]?.extensions).toMatchObject(expected);
  expect(await snapshot()).toEqual(before);
  return res;
}

/**
 * The refused-write check of a file: `refused(table, client, query, input)` runs the mutation with
 * `input`, expecting it to fail, and checks that no row was added to `table` or the audit log.
 */
export function refusedWrites(count: (table: string) => Promise<number>) {
  return <T = unknown>(table: string, client: GqlClient, query: string, input: Record<string, unknown>) =>
    expectNothingWritten(count, [table, 'audit_event'], () => client.request<T>(query, { input }));
}
