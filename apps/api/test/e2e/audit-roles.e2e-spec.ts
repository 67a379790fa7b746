import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { APP_ROLE, appRoleUrl, ensureAppRole } from '../../src/modules/audit/app-role.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { withDemoServer } from '../utils/demo-server.js';
import { startTestServer, type TestServer } from '../utils/test-server.js';

const { db, signIn } = withDemoServer({ serve: false });
let app: pg.Client;
const password = 'test-app-role-password';

beforeAll(async () => {
  await ensureAppRole(db.dataSource, password);
  // Twice: a restart re-grants without failing.
  await ensureAppRole(db.dataSource, password);
  app = new pg.Client({ connectionString: appRoleUrl(db.url, password) });
  await app.connect();
});
afterAll(async () => {
  await app?.end();
});

describe(`the app role ${APP_ROLE} (S15, S17)`, () => {
  it('owns no table and is no superuser, so it cannot alter tables or switch the audit triggers off', async () => {
    const [role] = (
      await app.query('SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = current_user')
    ).rows;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const owned = await app.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = current_user`);
    expect(owned.rows[0].n).toBe(0);
    await expect(app.query('ALTER TABLE audit_event DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
    await expect(app.query('DROP TABLE returnee')).rejects.toThrow(/must be owner/);
    await expect(app.query(`INSERT INTO schema_migration (timestamp, name) VALUES (1, 'x')`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('may only insert and read audit rows: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await app.query(`INSERT INTO audit_event (action, object_type) VALUES ('test', 'Test')`);
    const [{ id }] = (await app.query('SELECT max(id)::text AS id FROM audit_event')).rows;
    await expect(app.query(`UPDATE audit_event SET action = 'x' WHERE id = $1`, [id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query('DELETE FROM audit_event WHERE id = $1', [id])).rejects.toThrow(/permission denied/);
    await expect(app.query('TRUNCATE audit_event')).rejects.toThrow(/permission denied/);
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true });
  });

  it('serves the API: a mutation through the app role writes its change and a chained audit row', async () => {
    const dataSource = createDataSource({ url: appRoleUrl(db.url, password), poolSize: 2 });
    await dataSource.initialize();
    let server: TestServer | undefined;
    try {
      server = await startTestServer(dataSource);
      const officer = await signIn('congan.lamha@hoanhap.local', undefined, server);
      const [person] = (
        await app.query(
          `SELECT r.id, r.version FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha' LIMIT 1`,
        )
      ).rows;
      const res = await officer.request(
        `mutation ($input: UpdateReturneeInput!) { updateReturnee(input: $input) { id } }`,
        { input: { id: person.id, version: person.version, otherNames: ['Tên khác'] } },
      );
      expect(res.errors).toBeUndefined();
      const rows = await app.query(`SELECT action FROM audit_event WHERE returnee_id = $1`, [person.id]);
      expect(rows.rows).toEqual([{ action: 'updateReturnee' }]);
      expect(await verifyAuditChain(dataSource)).toMatchObject({ ok: true });
    } finally {
      await server?.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  });
});
