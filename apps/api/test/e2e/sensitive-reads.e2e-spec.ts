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

  it('writes one row when the officer opens a case file: the read, naming the sensitive fields it returned', async () => {
    const officer = await signIn('congan.lamha@hoanhap.local');
    const { nodes } = await listWithIds(officer);
    const id = nodes[0]?.id;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: officer.cookie ?? '' },
      body: JSON.stringify({
        query: `query ($id: ID!) { returnee(id: $id) { id fullName ...Sensitive incidents { id } } }
          fragment Sensitive on Returnee { nic: citizenId convictions { id obligations { id } } }`,
        variables: { id },
      }),
    });
    const body = (await res.json()) as { errors?: unknown; data: { returnee: { nic: string | null } } };
    expect(body.errors).toBeUndefined();
    expect(body.data.returnee.nic).not.toBeNull();
    const rows = await db.dataSource.query(
      `SELECT action, returnee_id, fields FROM audit_event WHERE request_id = $1 ORDER BY id`,
      [res.headers.get('x-request-id')],
    );
    expect(rows).toEqual([
      { action: 'read:returnee', returnee_id: id, fields: ['citizenId', 'convictions', 'incidents', 'obligations'] },
    ]);
  });

  it('names no sensitive field for a case file read by someone who may not see them', async () => {
    const committee = await signIn('ubnd.lamha@hoanhap.local');
    const [person] = await db.dataSource.query(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha' LIMIT 1`,
    );
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: committee.cookie ?? '' },
      body: JSON.stringify({
        query: 'query ($id: ID!) { returnee(id: $id) { id citizenId } }',
        variables: { id: person.id },
      }),
    });
    const body = (await res.json()) as { data: { returnee: { citizenId: string | null } } };
    expect(body.data.returnee.citizenId).toBeNull();
    const rows = await db.dataSource.query('SELECT action, fields FROM audit_event WHERE request_id = $1', [
      res.headers.get('x-request-id'),
    ]);
    expect(rows).toEqual([{ action: 'read:returnee', fields: [] }]);
  });

  it('a write answering with what it wrote is one row, the write; another record of the person is still a read', async () => {
    const officer = await signIn('congan.lamha@hoanhap.local');
    const [person] = await db.dataSource.query(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
        WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED' AND r.returned_on <= '2025-01-01' LIMIT 1`,
    );
    const record = async (query: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: officer.cookie ?? '' },
        body: JSON.stringify({
          query,
          variables: {
            input: { returneeId: person.id, contactedOn: '2025-06-02', channel: 'PHONE', notes: 'Hẹn gặp' },
          },
        }),
      });
      const body = (await res.json()) as { errors?: unknown; data: { recordContact: { notes: string } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.recordContact.notes).toBe('Hẹn gặp');
      return db.dataSource.query('SELECT action, fields FROM audit_event WHERE request_id = $1 ORDER BY id', [
        res.headers.get('x-request-id'),
      ]);
    };
    const own = 'mutation ($input: RecordContactInput!) { recordContact(input: $input) { id notes } }';
    expect(await record(own)).toEqual([
      { action: 'recordContact', fields: ['returneeId', 'contactedOn', 'channel', 'notes'] },
    ]);
    // A write answering with a sensitive field it did not write: that field is a read.
    const [{ version }] = await db.dataSource.query('SELECT version FROM returnee WHERE id = $1', [person.id]);
    const res = await officer.request<{ updateReturnee: { citizenId: string | null } }>(
      'mutation ($input: UpdateReturneeInput!) { updateReturnee(input: $input) { id citizenId } }',
      { input: { id: person.id, version, otherNames: ['Tên gọi khác'] } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateReturnee.citizenId).not.toBeNull();
    const rows = await db.dataSource.query(
      `SELECT action, fields FROM audit_event WHERE returnee_id = $1 AND action IN ('updateReturnee', 'read:sensitive')
        ORDER BY id DESC LIMIT 2`,
      [person.id],
    );
    expect(rows).toEqual([
      { action: 'read:sensitive', fields: ['citizenId'] },
      { action: 'updateReturnee', fields: ['otherNames'] },
    ]);
  });
});
