import type { DataSource } from 'typeorm';

/** Plain SQL on a test file's database, and the demo ids the tests look up most. */
export interface DemoSql {
  /** The rows a statement returns. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** The first row a statement returns (undefined when none, typed as found). */
  one<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T>;
  /**
   * How many rows: `count('task')`, `count('task WHERE unit_id = $1', [id])`, or a whole
   * `SELECT count(*) AS n …` statement.
   */
  count(from: string, params?: unknown[]): Promise<number>;
  /** The audit rows of an action (action, fields, object_id), oldest first. */
  audits(action: string): Promise<Array<{ action: string; fields: string[]; object_id: string }>>;
  ids: DemoIds;
}

/** Ids of demo rows by their natural keys. */
export interface DemoIds {
  user(email: string): Promise<string>;
  unit(code: string): Promise<string>;
  organisation(name: string): Promise<string>;
  /** The ids of all organisations (or a unit's) by name. */
  organisations(unitCode?: string): Promise<Record<string, string>>;
  /** The first person of a unit by name. */
  person(unitCode: string): Promise<string>;
  /** The open cases of a unit (home, not closed), by name. */
  openPeople(unitCode: string): Promise<string[]>;
  /** The closed cases of a unit. */
  closedPeople(unitCode: string): Promise<string[]>;
  /** Any one person of a unit (with that status, if given), whichever the database finds first. */
  anyPerson(unitCode: string, status?: string): Promise<string>;
}

const PEOPLE_OF_UNIT = 'SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = $1';

export function demoSql(dataSource: () => DataSource): DemoSql {
  const sql = <T>(text: string, params: unknown[] = []) => dataSource().query(text, params) as Promise<T[]>;
  const one = async <T>(text: string, params: unknown[] = []) => (await sql<T>(text, params))[0] as T;
  const idOf = async (text: string, params: unknown[]) => {
    const row = await one<{ id: string } | undefined>(text, params);
    if (!row) throw new Error(`no demo row for ${JSON.stringify(params)}`);
    return row.id;
  };
  const idsOf = async (text: string, params: unknown[]) => (await sql<{ id: string }>(text, params)).map((r) => r.id);
  return {
    sql,
    one,
    async count(from, params = []) {
      const text = /^\s*SELECT\b/i.test(from) ? from : `SELECT count(*)::int AS n FROM ${from}`;
      return Number((await one<{ n: number | string }>(text, params)).n);
    },
    audits: (action) =>
      sql('SELECT action, fields, object_id FROM audit_event WHERE action = $1 ORDER BY occurred_at', [action]),
    ids: {
      user: (email) => idOf('SELECT id FROM app_user WHERE email = $1', [email]),
      unit: (code) => idOf('SELECT id FROM administrative_unit WHERE code = $1', [code]),
      organisation: (name) => idOf('SELECT id FROM organisation WHERE name = $1', [name]),
      async organisations(unitCode) {
        const rows = await sql<{ id: string; name: string }>(
          `SELECT o.id, o.name FROM organisation o JOIN administrative_unit u ON u.id = o.unit_id
            WHERE $1::text IS NULL OR u.code = $1`,
          [unitCode ?? null],
        );
        return Object.fromEntries(rows.map((r) => [r.name, r.id]));
      },
      person: (unitCode) => idOf(`${PEOPLE_OF_UNIT} ORDER BY r.full_name LIMIT 1`, [unitCode]),
      openPeople: (unitCode) =>
        idsOf(`${PEOPLE_OF_UNIT} AND r.status <> 'CLOSED' AND r.returned_on IS NOT NULL ORDER BY r.full_name`, [
          unitCode,
        ]),
      anyPerson: (unitCode, status) =>
        status
          ? idOf(`${PEOPLE_OF_UNIT} AND r.status = $2 LIMIT 1`, [unitCode, status])
          : idOf(`${PEOPLE_OF_UNIT} LIMIT 1`, [unitCode]),
      closedPeople: (unitCode) => idsOf(`${PEOPLE_OF_UNIT} AND r.status = 'CLOSED' ORDER BY r.full_name`, [unitCode]),
    },
  };
}
