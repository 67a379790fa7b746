import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { sealAuditLog } from '../../src/modules/audit/audit-seal.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { type ApiProcess, startApiProcess } from '../utils/api-process.js';
import { DEMO_ACCOUNTS } from '../utils/demo-server.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';
import { GqlClient } from '../utils/test-server.js';

/*
 * Fault (a): the API process is killed with SIGKILL in the middle of concurrent writes. It runs as
 * its own process (src/main.ts, with its job queue and audit sealer), so nothing of it survives.
 */

let db: TestDatabase;
let api: ApiProcess | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
  api = await startApiProcess(db.url);
}, 120_000);

afterAll(async () => {
  if (api && api.child.exitCode === null && api.child.signalCode === null) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
  await db?.drop();
});

const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }`;

describe('the API killed with SIGKILL during concurrent writes', () => {
  it('leaves no partial write, loses no acknowledged write, and the audit chain verifies', async () => {
    const running = api as ApiProcess;
    const clients = await Promise.all(
      [DEMO_ACCOUNTS.officer, DEMO_ACCOUNTS.officer, DEMO_ACCOUNTS.vandau, DEMO_ACCOUNTS.vandau].map(async (email) => {
        const client = new GqlClient(running.url, { email });
        await client.signIn();
        return client;
      }),
    );
    const acknowledged: string[] = [];
    let attempted = 0;
    let killed = false;
    const worker = async (client: GqlClient) => {
      while (!killed) {
        try {
          const res = await client.request<{ registerReturnee: { id: string } }>(REGISTER, {
            input: { fullName: `Ngắt Điện ${++attempted}`, familyContacts: [{ name: 'Người Nhà', relation: 'mẹ' }] },
          });
          if (res.data?.registerReturnee) acknowledged.push(res.data.registerReturnee.id);
        } catch {
          // The connection died with the process: this write was never acknowledged.
        }
      }
    };
    const load = Promise.all(clients.map(worker));
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
    running.child.kill('SIGKILL');
    killed = true;
    await running.exited;
    await load;
    expect(attempted).toBeGreaterThan(acknowledged.length);

    // PostgreSQL rolled back what the dead process had in flight: every person written is whole.
    const people: Array<{ id: string; audited: boolean; contacts: number }> = await db.dataSource.query(
      `SELECT r.id::text AS id,
              EXISTS (SELECT 1 FROM audit_event a WHERE a.object_id = r.id) AS audited,
              jsonb_array_length(r.family_contacts) AS contacts
         FROM returnee r WHERE r.full_name LIKE 'Ngắt Điện %'`,
    );
    expect(people.every((p) => p.audited && p.contacts === 1)).toBe(true);
    const stored = new Set(people.map((p) => p.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);

    // The chain: whatever the killed sealer had begun was rolled back; sealing again verifies.
    await sealAuditLog(db.dataSource, { sweep: true });
    const chain = await verifyAuditChain(db.dataSource);
    expect(chain).toMatchObject({ ok: true, unsealed: 0 });
  }, 60_000);
});
