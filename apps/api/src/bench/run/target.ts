import { Role } from '@hoanhap/shared';
import type pg from 'pg';
import { hashPassword } from '../../modules/auth/password.js';

/** What the workloads read and write: the largest ward, its city, one of its people, and who signs in. */
export interface BenchTarget {
  ward: { id: string; code: string; name: string; people: number };
  city: { id: string; code: string; name: string };
  /** Whose case file W2 opens. */
  returneeId: string;
  /**
   * Whom W4 records contacts for: another person, because W4 adds thousands of contacts a run and
   * they stay; on W2's person they would make every later case file a list of tens of thousands.
   */
  writeReturneeId: string;
  wardOfficer: { id: string; email: string; role: Role };
  cityViewer: { id: string; email: string; role: Role };
  password: string;
}

/** The harness's own accounts: created (or moved to the units measured) on the database measured. */
const WARD_OFFICER = 'bench.ward@hoanhap.local';
const CITY_VIEWER = 'bench.city@hoanhap.local';
const PASSWORD = 'bench-password-not-secret';

/**
 * The unit with the most people (the ward a list page is slowest for), the top unit above it (the
 * city), that ward's first person by name with a full file (the case file read) and its last (the
 * contacts written). Signs in as an officer of the ward (lists, case
 * file, contacts) and a viewer of the city (the city's statistics).
 */
export async function findTarget(db: pg.Client): Promise<BenchTarget> {
  const ward = (
    await db.query(`SELECT u.id, u.code, u.name, n.people FROM (
        SELECT unit_id, count(*)::int AS people FROM returnee GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1
      ) n JOIN administrative_unit u ON u.id = n.unit_id`)
  ).rows[0];
  if (!ward) throw new Error('The database has no returnees: run `pnpm bench:seed` (or use --demo)');
  const city = (
    await db.query(
      `WITH RECURSIVE up AS (
        SELECT id, parent_id, code, name FROM administrative_unit WHERE id = $1
        UNION ALL SELECT u.id, u.parent_id, u.code, u.name FROM administrative_unit u JOIN up ON u.id = up.parent_id
      ) SELECT id, code, name FROM up WHERE parent_id IS NULL`,
      [ward.id],
    )
  ).rows[0];
  const person = async (order: 'ASC' | 'DESC', where = 'true', other: string | null = null) =>
    (
      await db.query(
        `SELECT id FROM returnee r WHERE unit_id = $1 AND r.id IS DISTINCT FROM $2::uuid AND ${where}
         ORDER BY search_name ${order}, id ${order} LIMIT 1`,
        [ward.id, other],
      )
    ).rows[0]?.id as string | undefined;
  // A full file for W2: an open case with a helper and contacts (a closed one has empty tabs).
  const fullFile = `r.status <> 'CLOSED' AND EXISTS (SELECT 1 FROM helper_assignment h WHERE h.returnee_id = r.id)
    AND EXISTS (SELECT 1 FROM contact c WHERE c.returnee_id = r.id)`;
  const read = (await person('ASC', fullFile)) ?? (await person('ASC'));
  const written = (await person('DESC', 'true', read ?? null)) ?? read;
  const hash = await hashPassword(PASSWORD);
  const account = async (email: string, name: string, role: Role, unitId: string) => {
    const { rows } = await db.query(
      `INSERT INTO app_user (email, display_name, role, unit_id, password_hash, version) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (email) DO UPDATE SET role = $3, unit_id = $4, password_hash = $5, disabled_at = NULL
       RETURNING id`,
      [email, name, role, unitId, hash],
    );
    return { id: rows[0].id as string, email, role };
  };
  return {
    ward,
    city,
    returneeId: read as string,
    writeReturneeId: written as string,
    wardOfficer: await account(WARD_OFFICER, 'Cán bộ đo hiệu năng (phường)', Role.OFFICER, ward.id),
    cityViewer: await account(CITY_VIEWER, 'Người xem đo hiệu năng (thành phố)', Role.VIEWER, city.id),
    password: PASSWORD,
  };
}
