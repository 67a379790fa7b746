import { randomUUID } from 'node:crypto';
import { Role } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../src/context.js';
import { audit } from '../../src/modules/audit/audit.service.js';
import { withTransaction } from '../../src/common/transaction.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, server, sql: q, signIn: client } = withDemoServer();

const auditCount = async () => (await q<{ n: number }>('SELECT count(*)::int AS n FROM audit_event'))[0]?.n;

async function lamHaPerson(): Promise<{ id: string; version: number }> {
  const [row] = await q<{ id: string; version: number }>(
    `SELECT r.id, r.version FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
      WHERE u.code = 'lam-ha' ORDER BY r.full_name LIMIT 1`,
  );
  if (!row) throw new Error('no Lãm Hà person in the demo data');
  return row;
}

const UPDATE = `mutation ($input: UpdateReturneeInput!) { updateReturnee(input: $input) { id version } }`;

/** A fake request context for the module's functions (no HTTP). */
function fakeCtx(actor: { userId: string; role: Role } | null): RequestContext {
  return {
    requestId: randomUUID(),
    actor: actor && { ...actor, unitId: '', organisationId: null, unitScope: [], sessionTokenHash: '' },
    dataSource: db.dataSource,
    db: db.dataSource.manager,
  } as unknown as RequestContext;
}

describe('audit rows for writes (S16)', () => {
  it('writes exactly one row per mutation, with the request id the response carries', async () => {
    const officer = await client('congan.lamha@hoanhap.local');
    const person = await lamHaPerson();
    const before = await auditCount();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: officer.cookie ?? '' },
      body: JSON.stringify({
        query: UPDATE,
        variables: { input: { id: person.id, version: person.version, otherNames: ['Tên gọi khác'] } },
      }),
    });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await auditCount()).toBe((before ?? 0) + 1);
    const rows = await q('SELECT action, object_type, returnee_id, fields FROM audit_event WHERE request_id = $1', [
      requestId,
    ]);
    expect(rows).toEqual([
      { action: 'updateReturnee', object_type: 'Returnee', returnee_id: person.id, fields: ['otherNames'] },
    ]);
  });

  it('writes nothing for a refused mutation (stale version, or a role that may not write)', async () => {
    const person = await lamHaPerson();
    const before = await auditCount();
    const officer = await client('congan.lamha@hoanhap.local');
    const stale = await officer.request(UPDATE, {
      input: { id: person.id, version: person.version - 1, otherNames: ['X'] },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const viewer = await client('so.haiphong@hoanhap.local');
    const denied = await viewer.request(UPDATE, {
      input: { id: person.id, version: person.version, otherNames: ['X'] },
    });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
  });

  it('records a read and a refused sign-in (no actor, no fields) with the one audit writer', async () => {
    const person = await lamHaPerson();
    const [officer] = await q<{ id: string }>(`SELECT id FROM app_user WHERE email = 'congan.lamha@hoanhap.local'`);
    const ctx = fakeCtx({ userId: officer?.id ?? '', role: Role.OFFICER });
    await withTransaction(ctx, (ctx) =>
      audit(ctx, { action: 'read:returnee', objectType: 'Returnee', objectId: person.id, returneeId: person.id }),
    );
    const failed = fakeCtx(null);
    await withTransaction(failed, (ctx) =>
      audit(ctx, { action: 'login_failed', objectType: 'User', objectId: officer?.id ?? null }),
    );
    const rows = await q(
      'SELECT action, actor_id, actor_role, object_id, fields FROM audit_event WHERE request_id = ANY($1) ORDER BY id',
      [[ctx.requestId, failed.requestId]],
    );
    expect(rows).toEqual([
      { action: 'read:returnee', actor_id: officer?.id, actor_role: 'OFFICER', object_id: person.id, fields: [] },
      { action: 'login_failed', actor_id: null, actor_role: null, object_id: officer?.id, fields: [] },
    ]);
  });
});

describe('the one audit writer', () => {
  it('writes thousands of entries in one statement, in order (the task rules at a city’s scale)', async () => {
    const ctx = fakeCtx(null);
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      action: 'createTask' as const,
      objectType: 'Task',
      objectId: randomUUID(),
      fields: ['kind', `n${i}`],
    }));
    await withTransaction(ctx, (ctx) => audit(ctx, entries));
    const rows = await q<{ fields: string[] }>('SELECT fields FROM audit_event WHERE request_id = $1 ORDER BY id', [
      ctx.requestId,
    ]);
    expect(rows).toHaveLength(20_000);
    expect(rows[0]?.fields).toEqual(['kind', 'n0']);
    expect(rows[19_999]?.fields).toEqual(['kind', 'n19999']);
  });

  it('refuses to write outside a transaction, so no row can exist without what it records', async () => {
    const before = await auditCount();
    await expect(audit(fakeCtx(null), { action: 'login_failed', objectType: 'User' })).rejects.toThrow(
      'withTransaction',
    );
    expect(await auditCount()).toBe(before);
  });

  it('rolls its rows back with the transaction that failed', async () => {
    const before = await auditCount();
    await expect(
      withTransaction(fakeCtx(null), async (ctx) => {
        await audit(ctx, { action: 'login_failed', objectType: 'User' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await auditCount()).toBe(before);
  });
});
