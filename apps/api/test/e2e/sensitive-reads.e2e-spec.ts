import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient } from '../utils/test-server.js';

/** Each read of sensitive data leaves an audit row per person, written before the data leaves. */
const { db, server, signIn } = withDemoServer();

const reads = async (requestId: string | null) =>
  (await db.dataSource.query(
    `SELECT returnee_id FROM audit_event WHERE action = 'read:sensitive' AND request_id = $1`,
    [requestId],
  )) as Array<{ returnee_id: string }>;

async function listWithIds(client: GqlClient) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
    body: JSON.stringify({
      query: 'query ($n: Int) { returnees(first: $n) { edges { node { id citizenId convictions { court } } } } }',
      variables: { n: 5 },
    }),
  });
  const body = (await res.json()) as {
    data: { returnees: { edges: Array<{ node: { id: string; citizenId: string | null } }> } };
  };
  return { requestId: res.headers.get('x-request-id'), nodes: body.data.returnees.edges.map((e) => e.node) };
}

describe('sensitive reads', () => {
  it('audits the officer’s read of citizen IDs and convictions once per person, in one request', async () => {
    const officer = await signIn('congan.lamha@hoanhap.local');
    const { requestId, nodes } = await listWithIds(officer);
    expect(nodes.every((n) => n.citizenId !== null)).toBe(true);
    const rows = await reads(requestId);
    expect(rows.map((r) => r.returnee_id).sort()).toEqual(nodes.map((n) => n.id).sort());
  });

  it('writes nothing when the fields stay hidden', async () => {
    const committee = await signIn('ubnd.lamha@hoanhap.local');
    const { requestId, nodes } = await listWithIds(committee);
    expect(nodes.every((n) => n.citizenId === null)).toBe(true);
    expect(await reads(requestId)).toEqual([]);
  });
});
