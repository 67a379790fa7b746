import { normalizeName } from '@hoanhap/shared';
import type { ReadRow } from './import-rows.js';

/**
 * Rows an import writes at once, each in its own transaction. Most of a row's time is the round
 * trips of its statements, so a few transactions side by side keep both the API and PostgreSQL
 * busy; more would take connections the people using the product need (the pool holds 10).
 */
export const IMPORT_LANES = 3;

/**
 * Works the rows on a few lanes at once and answers each row's result in the file's order, or
 * null when `afterEach` said to stop (the import was cancelled). Rows that may be the same person
 * (the same record id, identity number or name) share a lane and keep the file's order on it, so
 * a later row sees what an earlier one wrote, as in a row-by-row import: the second row of a person
 * updates the first, or is flagged as a possible duplicate of it, and never registers them twice.
 * `afterEach` is told how many rows are done once each row ends.
 */
export async function inLanes<R extends { read: ReadRow }, T>(
  rows: readonly R[],
  work: (row: R) => Promise<T>,
  afterEach: (done: number) => Promise<boolean>,
): Promise<T[] | null> {
  const results: T[] = new Array(rows.length);
  const lanes = Array.from({ length: IMPORT_LANES }, () => [] as number[]);
  for (const [index, lane] of laneOfEach(rows).entries()) lanes[lane]?.push(index);
  let done = 0;
  let stopped = false;
  const runLane = async (indexes: number[]) => {
    for (const index of indexes) {
      if (stopped) return;
      results[index] = await work(rows[index] as R);
      done += 1;
      if (!(await afterEach(done))) stopped = true;
    }
  };
  const outcomes = await Promise.allSettled(
    lanes.map((indexes) =>
      runLane(indexes).catch((error: unknown) => {
        stopped = true; // the other lanes stop at their next row, then the error ends the import
        throw error;
      }),
    ),
  );
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return stopped ? null : results;
}

/**
 * The lane of each row: rows linked by a shared key, even through other rows, form one group, and
 * the groups are dealt to the lanes in turn (union-find over the keys).
 */
function laneOfEach(rows: readonly { read: ReadRow }[]): number[] {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      const up = parent[at] as number;
      parent[at] = parent[up] as number;
      at = up;
    }
    return at;
  };
  const firstWith = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const key of keysOf(row.read)) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, index);
      else parent[root(index)] = root(first);
    }
  });
  const laneOfGroup = new Map<number, number>();
  return rows.map((_, index) => {
    const group = root(index);
    let lane = laneOfGroup.get(group);
    if (lane === undefined) {
      lane = laneOfGroup.size % IMPORT_LANES;
      laneOfGroup.set(group, lane);
    }
    return lane;
  });
}

/** What may make two rows the same person: how import-write.ts matches a row to someone on record. */
function keysOf({ person }: ReadRow): string[] {
  const keys: string[] = [];
  if (person.id) keys.push(`id:${person.id}`);
  if (person.citizenId) keys.push(`citizen:${person.citizenId}`);
  if (person.fullName) keys.push(`name:${normalizeName(person.fullName)}`);
  return keys;
}
