import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sealAuditLog } from '../../src/modules/audit/audit-seal.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { withDemoServer } from '../utils/demo-server.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

// S17: append-only and hash-chained after the fact by the sealer (docs/security.md).
const { db, sql: q, client } = withDemoServer({ logins: ['officer'] });

const rawInsert = (target: { query(sql: string, params: unknown[]): Promise<unknown> }, i: number) =>
  target.query(`INSERT INTO audit_event (action, object_type, fields) VALUES ($1, 'Test', $2)`, [
    `test:${i}`,
    ['a', `b,${i}`, 'Tên'],
  ]);

/** Runs `sql` with the user triggers off: what only a superuser could do. */
const behindTriggers = (target: TestDatabase, table: string, sql: string, params: unknown[] = []) =>
  target.dataSource.transaction(async (tx) => {
    await tx.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await tx.query(sql, params);
    await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  });

describe('the audit chain is sealed after the fact (S17)', () => {
  it('writing an audit row takes no shared lock: concurrent writers never wait for each other', async () => {
    // Two open transactions each write an audit row; under the old trigger the second blocked until
    // the first committed. Here both inserts finish while both transactions are still open.
    const first = db.dataSource.createQueryRunner();
    const second = db.dataSource.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(`INSERT INTO audit_event (action, object_type) VALUES ('test:first', 'Test')`);
      await second.query(`SET LOCAL lock_timeout = '500ms'`);
      await second.query(`INSERT INTO audit_event (action, object_type) VALUES ('test:second', 'Test')`);
      await second.commitTransaction();
      await first.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
  });

  it('seals every committed row once, even rows written concurrently, and the chain verifies', async () => {
    await Promise.all(Array.from({ length: 24 }, (_, i) => db.dataSource.transaction((tx) => rawInsert(tx, i))));
    const total = (await q<{ n: number }>('SELECT count(*)::int AS n FROM audit_event'))[0]?.n;
    const before = await verifyAuditChain(db.dataSource);
    expect(before).toMatchObject({ ok: true });
    expect(before.ok && before.unsealed).toBeGreaterThanOrEqual(24);
    // Two sealers at once: one chains, the other finds the lock taken; nothing is sealed twice.
    const sealed = await Promise.all([sealAuditLog(db.dataSource), sealAuditLog(db.dataSource)]);
    await sealAuditLog(db.dataSource);
    expect(sealed[0] + sealed[1]).toBeGreaterThan(0);
    expect(await verifyAuditChain(db.dataSource)).toEqual({ ok: true, rows: total, unsealed: 0 });
    const seals = await q<{ seq: string; prev_hash: string; row_hash: string }>(
      'SELECT s.seq::text AS seq, s.prev_hash, s.row_hash FROM audit_seal s ORDER BY s.seq',
    );
    expect(seals[0]?.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < seals.length; i++) {
      expect(seals[i]?.seq).toBe(String(i + 1));
      expect(seals[i]?.prev_hash).toBe(seals[i - 1]?.row_hash);
    }
    // Page by page gives the same answer (pages of 4 rows, not all rows at once).
    expect(await verifyAuditChain(db.dataSource, 4)).toEqual({ ok: true, rows: total, unsealed: 0 });
  });

  it('seals the audit rows of concurrent API requests', async () => {
    const officer = client('officer');
    const people = await q<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha' LIMIT 8`,
    );
    const results = await Promise.all(
      people.map((p) => officer.request(`query ($id: ID!) { returnee(id: $id) { id fullName } }`, { id: p.id })),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    await sealAuditLog(db.dataSource);
    const intact = await verifyAuditChain(db.dataSource);
    expect(intact).toMatchObject({ ok: true, unsealed: 0 });
    expect(intact.ok && intact.rows).toBeGreaterThanOrEqual(8);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows and seals, even from the owner', async () => {
    await sealAuditLog(db.dataSource);
    const [row] = await q<{ id: string }>('SELECT id FROM audit_event ORDER BY id LIMIT 1');
    await expect(q(`UPDATE audit_event SET action = 'x' WHERE id = $1`, [row?.id])).rejects.toThrow(/append-only/);
    await expect(q('DELETE FROM audit_event WHERE id = $1', [row?.id])).rejects.toThrow(/append-only/);
    await expect(q('TRUNCATE audit_event CASCADE')).rejects.toThrow(/append-only/);
    await expect(q(`UPDATE audit_seal SET row_hash = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(q('DELETE FROM audit_seal WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(q('TRUNCATE audit_seal')).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true });
  });

  it('names the row a superuser edited behind the triggers, a removed seal, and a forged seal', async () => {
    const scratch = await createTestDatabase();
    try {
      for (let i = 0; i < 5; i++) await rawInsert(scratch.dataSource, i);
      await sealAuditLog(scratch.dataSource);
      const ids = (await scratch.dataSource.query('SELECT id::text AS id FROM audit_event ORDER BY id')).map(
        (r: { id: string }) => r.id,
      );
      expect(await verifyAuditChain(scratch.dataSource)).toEqual({ ok: true, rows: 5, unsealed: 0 });
      await behindTriggers(scratch, 'audit_event', `UPDATE audit_event SET fields = '{citizenId}' WHERE id = $1`, [
        ids[3],
      ]);
      expect(await verifyAuditChain(scratch.dataSource)).toEqual({ ok: false, rows: 3, brokenAt: ids[3] });
      // Removing the newest seals shortens the chain: their rows count as unsealed again (only an
      // anchor kept outside the database shows the cut: docs/security.md).
      await behindTriggers(scratch, 'audit_seal', `DELETE FROM audit_seal WHERE event_id >= $1`, [ids[3]]);
      expect(await verifyAuditChain(scratch.dataSource)).toMatchObject({ ok: true, rows: 3, unsealed: 2 });
      await behindTriggers(scratch, 'audit_seal', `DELETE FROM audit_seal WHERE event_id = $1`, [ids[1]]);
      expect(await verifyAuditChain(scratch.dataSource)).toEqual({ ok: false, rows: 1, brokenAt: ids[2] });
    } finally {
      await scratch.drop();
    }
  });

  it('`pnpm audit:verify` prints the outcome and exits 0 when intact, 1 naming the broken row', async () => {
    const scratch = await createTestDatabase();
    const run = async () => {
      try {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          ['--import', '@swc-node/register/esm-register', 'src/modules/audit/verify-cli.ts'],
          {
            cwd: path.resolve(import.meta.dirname, '../..'),
            env: { ...process.env, DATABASE_URL: scratch.url, LOG_LEVEL: 'error' },
          },
        );
        return { code: 0, stdout };
      } catch (error) {
        const e = error as { code: number; stdout: string };
        return { code: e.code, stdout: e.stdout };
      }
    };
    try {
      for (let i = 0; i < 3; i++) await rawInsert(scratch.dataSource, i);
      await sealAuditLog(scratch.dataSource);
      await rawInsert(scratch.dataSource, 3);
      expect(await run()).toEqual({ code: 0, stdout: 'audit chain intact: 3 rows sealed, 1 not yet sealed\n' });
      const [{ id }] = await scratch.dataSource.query('SELECT min(id)::text AS id FROM audit_event');
      await behindTriggers(scratch, 'audit_event', `UPDATE audit_event SET action = 'forged' WHERE id = $1`, [id]);
      expect(await run()).toEqual({ code: 1, stdout: `audit chain broken at row ${id}\n` });
    } finally {
      await scratch.drop();
    }
  }, 60_000);
});
