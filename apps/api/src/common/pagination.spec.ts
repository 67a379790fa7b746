import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  bindTo,
  decodeCursor,
  encodeCursor,
  type KeysetOrder,
  keysetOrder,
  keysetPage,
  keyText,
  pageSize,
} from './pagination/index.js';

const ID = '3f1c1a52-7d0e-4b8e-9a53-2f6f0c1d9e10';
const BY_DATE = keysetOrder('things', 'DESC', ['made_on', 'date'], ['id', 'uuid']);

function refusal(run: () => unknown): Record<string, unknown> | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  return undefined;
}

describe('page size', () => {
  it('is 20 when not given, and the size asked for from 0 to 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(37)).toBe(37);
    expect(pageSize(100)).toBe(100);
  });

  it('refuses a negative size, and a size over the maximum unless the list caps it', () => {
    for (const first of [-1, 101, 100_000]) {
      expect(refusal(() => pageSize(first))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: 'OUT_OF_RANGE',
      });
    }
    expect(pageSize(101, { overMax: 'cap' })).toBe(100);
    expect(pageSize(100_000, { overMax: 'cap' })).toBe(100);
    expect(refusal(() => pageSize(-1, { overMax: 'cap' }))).toMatchObject({ field: 'first' });
  });

  it('follows a list’s own maximum', () => {
    expect(pageSize(200, { max: 200 })).toBe(200);
    expect(refusal(() => pageSize(201, { max: 200 }))).toMatchObject({ reason: 'OUT_OF_RANGE' });
    expect(pageSize(null, { max: 10 })).toBe(10);
  });
});

describe('cursor', () => {
  it('gives back the values it was made from, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 200 }).filter((s) => !s.includes('\u0000')),
          { maxLength: 3 },
        ),
        (values) => {
          const cursor = encodeCursor('list', values);
          expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(
            decodeCursor(
              'list',
              cursor,
              values.map(() => 'text'),
            ),
          ).toEqual(values);
        },
      ),
    );
  });

  it('round-trips each key type', () => {
    const values = [ID, '2024-02-29', '2024-05-01T03:04:05.123456Z', '9223372036854775807', 'nguyen van a'];
    const types = ['uuid', 'date', 'timestamptz', 'bigint', 'text'] as const;
    expect(decodeCursor('t', encodeCursor('t', values), types)).toEqual(values);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['not an array', encodeCursor('x', []).replace(/.*/, Buffer.from('{"a":1}').toString('base64url'))],
    ['another list', encodeCursor('other', ['2024-01-01', ID])],
    ['too few values', encodeCursor('things', ['2024-01-01'])],
    ['too many values', encodeCursor('things', ['2024-01-01', ID, 'x'])],
    ['a number instead of text', Buffer.from(JSON.stringify(['things', 20240101, ID])).toString('base64url')],
    ['an impossible date', encodeCursor('things', ['2024-02-30', ID])],
    ['SQL in place of a date', encodeCursor('things', ["2024-01-01' OR 1=1 --", ID])],
    ['a malformed id', encodeCursor('things', ['2024-01-01', 'nope'])],
    ['an over-long cursor', 'a'.repeat(5000)],
  ])('refuses %s with BAD_USER_INPUT on `after`', (_label, cursor) => {
    expect(refusal(() => decodeCursor('things', cursor, ['date', 'uuid']))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      reason: 'INVALID_CURSOR',
    });
  });

  it('reads timestamps as UTC text with microseconds, the form a cursor checks', () => {
    expect(keyText('g.granted_at', 'timestamptz')).toBe(
      `to_char(g.granted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    );
    expect(keyText('f.made_on', 'date')).toBe('f.made_on::text');
  });

  it('refuses a bigint past PostgreSQL’s range and text PostgreSQL cannot store', () => {
    expect(refusal(() => decodeCursor('a', encodeCursor('a', ['9223372036854775808']), ['bigint']))).toBeDefined();
    expect(refusal(() => decodeCursor('a', encodeCursor('a', ['a\u0000b']), ['text']))).toBeDefined();
    expect(refusal(() => decodeCursor('a', encodeCursor('a', ['2024-05-01 03:04']), ['timestamptz']))).toBeDefined();
  });
});

describe('keyset page', () => {
  it('orders by the sort columns and, after a cursor, compares them as a row with typed parameters', () => {
    const first = keysetPage(BY_DATE, 2, null);
    const params: unknown[] = ['scope'];
    expect(first.after('t', bindTo(params))).toBeNull();
    expect(first.orderBy('t')).toBe('t.made_on DESC, t.id DESC');

    const next = keysetPage(BY_DATE, 2, encodeCursor('things', ['2024-01-01', ID]));
    expect(next.after('t', bindTo(params))).toBe('(t.made_on, t.id) < ($2::date, $3::uuid)');
    expect(params).toEqual(['scope', '2024-01-01', ID]);
  });

  it('compares a single column without a row, upwards for an ascending order', () => {
    const order: KeysetOrder = { tag: 'ids', columns: [{ name: 'id', type: 'bigint' }], direction: 'ASC' };
    expect(keysetOrder('ids', 'ASC', ['id', 'bigint'])).toEqual(order);
    const page = keysetPage(order, null, encodeCursor('ids', ['41']));
    expect(page.after('a', bindTo([]))).toBe('a.id > $1::bigint');
    expect(page.orderBy('a')).toBe('a.id ASC');
  });

  it('keeps `first` rows, says whether more follow, and ends with the last row’s cursor', () => {
    const rows = ['2024-03-01', '2024-02-01', '2024-01-01'].map((madeOn, i) => ({
      id: ID.replace(/0$/, String(i)),
      made_on: madeOn,
    }));
    const page = keysetPage(BY_DATE, 2, null);
    const full = page.connection(rows);
    expect(full.edges.map((e) => e.node.made_on)).toEqual(['2024-03-01', '2024-02-01']);
    expect(full.pageInfo.hasNextPage).toBe(true);
    expect(full.pageInfo.endCursor).toBe(full.edges[1]?.cursor);
    const resumed = keysetPage(BY_DATE, 2, full.pageInfo.endCursor);
    const params: unknown[] = [];
    expect(resumed.after('f', bindTo(params))).toBe('(f.made_on, f.id) < ($1::date, $2::uuid)');
    expect(params).toEqual(['2024-02-01', rows[1]?.id]);

    const last = page.connection(rows.slice(0, 2));
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(page.connection([])).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('leaves out rows whose node is gone, and refuses to make a cursor from a sort value not read as text', () => {
    const rows = [
      { id: ID, made_on: '2024-03-01' },
      { id: ID.replace(/0$/, '1'), made_on: '2024-02-01' },
    ];
    const page = keysetPage(BY_DATE, 5, null);
    const kept = page.connection(rows, (r) => (r.made_on === '2024-03-01' ? undefined : r.id));
    expect(kept.edges.map((e) => e.node)).toEqual([rows[1]?.id]);
    expect(() => page.connection([{ id: ID, made_on: new Date() }])).toThrow(/made_on/);
  });

  it('asks for the count alone only when rows could exist that the page hid', async () => {
    let asked = 0;
    const countOnly = async () => {
      asked += 1;
      return 7;
    };
    expect(await keysetPage(BY_DATE, 5, null).totalCount([{ n: 3 }], (r) => r.n, countOnly)).toBe(3);
    expect(await keysetPage(BY_DATE, 5, null).totalCount([], () => 0, countOnly)).toBe(0);
    expect(asked).toBe(0);
    expect(await keysetPage(BY_DATE, 0, null).totalCount([], () => 0, countOnly)).toBe(7);
    const after = encodeCursor('things', ['2024-01-01', ID]);
    expect(await keysetPage(BY_DATE, 5, after).totalCount([], () => 0, countOnly)).toBe(7);
    expect(asked).toBe(2);
  });

  it('checks the page size and the cursor before any SQL is built', () => {
    expect(refusal(() => keysetPage(BY_DATE, 101, null))).toMatchObject({ field: 'first' });
    expect(refusal(() => keysetPage(BY_DATE, 10, 'garbage'))).toMatchObject({ field: 'after' });
  });
});
