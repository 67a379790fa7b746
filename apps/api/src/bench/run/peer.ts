import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { type ServerChild, startChild } from './children.js';
import { BENCH_CACHE, node22 } from './node22.js';
import type { BenchTarget } from './target.js';
import { PAGE } from './workloads.js';

const SERVER = path.resolve(BENCH_CACHE, '../bench-run/postgraphile-server.mjs');

/**
 * PostGraphile 5, the W1 peer, on Node 22: both installed on demand into the cache folder
 * (node22.ts); an error names why it cannot run (no network, say), and the run goes on without it.
 */
export async function startPostGraphile(databaseUrl: string): Promise<ServerChild> {
  const node = node22();
  // Beside its packages, so that `import 'postgraphile'` resolves.
  const script = path.join(BENCH_CACHE, 'postgraphile-server.mjs');
  copyFileSync(SERVER, script);
  return startChild(
    'postgraphile',
    node,
    [script],
    { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    (line) => {
      const match = /^postgraphile listening on (\d+)/.exec(line);
      return match ? Number(match[1]) : undefined;
    },
  );
}

/**
 * The W1 page in PostGraphile's own schema: the ward's people by name then id, 20 of them, with
 * their unit, the total, and the latest employment period and classification. Not the same
 * document as ours: PostGraphile's conditions are equalities on indexed columns, so the task count
 * is of all tasks (ours: open ones), and the latest period stands for the one covering today.
 */
export function peerRequest(target: BenchTarget): { query: string; variables: Record<string, unknown> } {
  return {
    query: `query PeerReturnees($unitId: UUID!, $first: Int!) {
  allReturnees(condition: { unitId: $unitId }, orderBy: [SEARCH_NAME_ASC, ROW_ID_ASC], first: $first) {
    totalCount
    edges { cursor node {
      rowId fullName dateOfBirth status returnedOn residentialGroup currentAddress
      administrativeUnitByUnitId { rowId name }
      tasksByReturneeId { totalCount }
      employmentPeriodsByReturneeId(orderBy: STARTED_ON_DESC, first: 1) { nodes { rowId status } }
      classificationsByReturneeId(orderBy: PERIOD_START_DESC, first: 1) { nodes { rowId group } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { unitId: target.ward.id, first: PAGE },
  };
}

interface PeerPage {
  allReturnees: { totalCount: number; edges: Array<{ node: { rowId: string; fullName: string } }> };
}
interface ProductPage {
  returnees: { totalCount: number; edges: Array<{ node: { id: string; fullName: string } }> };
}

/** The same people in the same order and the same total, or why not (the peer's other fields are its own shapes). */
export function peerDifference(product: unknown, peer: unknown): string | null {
  const ours = (product as ProductPage).returnees;
  const theirs = (peer as PeerPage | undefined)?.allReturnees;
  if (!theirs) return `no page: ${JSON.stringify(peer).slice(0, 200)}`;
  if (ours.totalCount !== theirs.totalCount) return `total ${theirs.totalCount}, ours ${ours.totalCount}`;
  const a = ours.edges.map((e) => `${e.node.id} ${e.node.fullName}`).join('\n');
  const b = theirs.edges.map((e) => `${e.node.rowId} ${e.node.fullName}`).join('\n');
  return a === b ? null : 'other people or another order on the page';
}
