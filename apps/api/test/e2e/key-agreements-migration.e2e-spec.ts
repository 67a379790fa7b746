import { addDays, todayInVietnam } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyAgreements1796791000000 } from '../../src/database/migrations/1796791000000-key-agreements.js';
import { createLogger } from '../../src/logger.js';
import { serviceAccountService } from '../../src/modules/service-accounts/service-account.service.js';
import { newServiceKey, serviceKeyHash } from '../../src/modules/service-accounts/service-account-key.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

// Keys made before agreements existed keep working: the migration gives each one an agreement.
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
});
afterAll(async () => {
  await db?.drop();
});

async function run(step: 'up' | 'down') {
  const runner = db.dataSource.createQueryRunner();
  try {
    await new KeyAgreements1796791000000()[step](runner);
  } finally {
    await runner.release();
  }
}

describe('migration KeyAgreements', () => {
  it('gives an existing key an agreement named after it, legal basis "chưa ghi", and the key still signs in', async () => {
    await run('down');
    const key = newServiceKey();
    const expiresOn = addDays(todayInVietnam(), 60);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO service_account (name, role, unit_id, allowed_operations, expires_on, key_hash, created_by_id)
       SELECT 'Sở Tư pháp – đối soát', 'VIEWER', u.id, '{reintegrationStats}', $1, $2,
              (SELECT id FROM app_user WHERE email = 'admin@hoanhap.local')
       FROM administrative_unit u WHERE u.code = 'lam-ha' RETURNING id`,
      [expiresOn, serviceKeyHash(key)],
    );
    await run('up');
    const [agreement] = await db.dataSource.query(
      `SELECT d.counterpart, d.legal_basis_number, d.purpose, d.allowed_operations, d.status,
              to_char(d.ends_on, 'YYYY-MM-DD') AS ends_on, d.unit_id = a.unit_id AS same_unit
       FROM service_account a JOIN data_sharing_agreement d ON d.id = a.agreement_id WHERE a.id = $1`,
      [id],
    );
    expect(agreement).toEqual({
      counterpart: 'Sở Tư pháp – đối soát',
      legal_basis_number: 'chưa ghi',
      purpose: 'chưa ghi',
      allowed_operations: ['reintegrationStats'],
      status: 'ACTIVE',
      ends_on: expiresOn,
      same_unit: true,
    });
    const signIn = await serviceAccountService.actorFromKey(db.dataSource, key);
    expect(signIn.actor?.allowedOperations).toEqual(['reintegrationStats']);
    expect(signIn.keyRefusal).toBeUndefined();
  });
});
