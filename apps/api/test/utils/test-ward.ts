import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/password.js';
import { DEMO_PASSWORD } from './test-server.js';

/** The accounts of the hand-built ward, signed in with the demo password. */
export const TEST_WARD_ACCOUNTS = { officer: 'congan.thu@hoanhap.local', helper: 'phunu.thu@hoanhap.local' } as const;

export interface TestWard {
  unitId: string;
  organisationId: string;
  officerId: string;
  helperId: string;
}

/**
 * A hand-built ward ("Phường Thử", report-in 10 days) under the demo city, with its Women's Union,
 * an officer and a helper of that union: a place whose numbers a file can work out by hand.
 */
export async function addTestWard(dataSource: DataSource, settings: { noContactDays: number }): Promise<TestWard> {
  const id = async (sql: string, params: unknown[] = []) =>
    ((await dataSource.query(sql, params)) as Array<{ id: string }>)[0]?.id as string;
  const city = await id(`SELECT id FROM administrative_unit WHERE code = 'hai-phong'`);
  const unitId = await id(
    `INSERT INTO administrative_unit (code, name, level, parent_id, no_contact_days, report_in_days)
     VALUES ('phuong-thu', 'Phường Thử', 'WARD', $1, $2, 10) RETURNING id`,
    [city, settings.noContactDays],
  );
  const organisationId = await id(
    `INSERT INTO organisation (name, kind, unit_id) VALUES ('Hội Phụ nữ phường Thử', 'WOMENS_UNION', $1) RETURNING id`,
    [unitId],
  );
  const hash = await hashPassword(DEMO_PASSWORD);
  const user = (email: string, role: string, organisation: string | null) =>
    id(
      `INSERT INTO app_user (email, display_name, role, unit_id, organisation_id, password_hash, version)
       VALUES ($1, $1, $2, $3, $4, $5, 1) RETURNING id`,
      [email, role, unitId, organisation, hash],
    );
  const officerId = await user(TEST_WARD_ACCOUNTS.officer, 'OFFICER', null);
  const helperId = await user(TEST_WARD_ACCOUNTS.helper, 'HELPER', organisationId);
  return { unitId, organisationId, officerId, helperId };
}
