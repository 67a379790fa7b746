import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_ROLES, type Outcome, PERMISSION_MATRIX, type Scope } from '../../src/security/permission-matrix.js';
import { MATRIX_BEGIN, MATRIX_END, renderMatrix } from '../../scripts/render-matrix.js';
import { DEMO_ACCOUNTS, type DemoAccount, withDemoServer } from '../utils/demo-server.js';
import { type Probe, PROBES, type Target } from '../utils/permission-probes.js';
import { seedRevokedPartner } from '../utils/permission-probes-handover.js';
import type { GqlResponse } from '../utils/test-server.js';

let seq = 0;

type Variant = 'plain' | 'alias' | 'fragment';
const VARIANTS: Variant[] = ['plain', 'alias', 'fragment'];

function documentFor(op: string, p: Probe, variant: Variant): { text: string; key: string } {
  const defs = p.varDefs ? `(${p.varDefs})` : '';
  const call = `${op}${p.args ? `(${p.args})` : ''} ${p.selection}`;
  const root = p.kind === 'query' ? 'Query' : 'Mutation';
  if (variant === 'alias') return { text: `${p.kind} Probe${defs} { probed: ${call} }`, key: 'probed' };
  if (variant === 'fragment')
    return { text: `${p.kind} Probe${defs} { ...Cell } fragment Cell on ${root} { ${call} }`, key: op };
  return { text: `${p.kind} Probe${defs} { ${call} }`, key: op };
}

function classify(res: GqlResponse, key: string, p: Probe, t: Target): string {
  const code = res.errors?.[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return code;
  // A linked record outside the caller's scope (e.g. another ward's organisation) looks missing.
  if (code === 'BAD_USER_INPUT' && res.errors?.[0]?.extensions?.reason === 'NOT_FOUND') return 'NOT_FOUND';
  if (process.env.MATRIX_DISCOVER && code) console.log('business error', key, code, res.errors?.[0]?.extensions);
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'INVALID_TRANSITION') return 'ALLOWED';
  if (code) return `UNEXPECTED:${String(code)}:${res.errors?.[0]?.message}`;
  const value = (res.data as Record<string, unknown> | null | undefined)?.[key];
  if (value === null || value === undefined) return 'NOT_FOUND';
  if (!p.person) return 'ALLOWED';
  const person = p.person(value, t) as { citizenId: string | null; convictions: unknown[] } | null;
  if (!person) return 'NOT_FOUND';
  return person.citizenId && person.convictions.length > 0 ? 'SENSITIVE' : 'ALLOWED';
}

/** The demo account that plays each role. */
const ACCOUNTS: Record<Role, DemoAccount> = {
  [Role.ADMIN]: 'admin',
  [Role.OFFICER]: 'officer',
  [Role.COMMITTEE]: 'committee',
  [Role.HELPER]: 'helper',
  [Role.VIEWER]: 'viewer',
  [Role.AUDITOR]: 'auditor',
};
/** City-wide roles have no "other unit" in the demo data. */
const WARD_ROLES = new Set<Role>([Role.OFFICER, Role.COMMITTEE, Role.HELPER]);

const { db, client } = withDemoServer();
let lamHa: Target;
let vanDau: Target;

async function target(unitCode: string, helperEmail: string | null): Promise<Target> {
  const q = (sql: string, params: unknown[]) =>
    db.dataSource.query(sql, params).then((rows: Array<{ id: string }>) => {
      if (!rows[0]) throw new Error(`no demo row for ${unitCode}`);
      return rows[0].id;
    });
  const personId = await q(
    `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
      WHERE u.code = $1 AND r.status <> 'CLOSED'
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM helper_assignment h JOIN app_user a ON a.id = h.helper_user_id
              WHERE h.returnee_id = r.id AND h.ended_on IS NULL AND a.email = $2))
      ORDER BY (r.citizen_id IS NOT NULL AND EXISTS (SELECT 1 FROM conviction c WHERE c.returnee_id = r.id)) DESC, r.id
      LIMIT 1`,
    [unitCode, helperEmail],
  );
  const organisationId = await q(
    `SELECT o.id FROM organisation o JOIN administrative_unit u ON u.id = o.unit_id WHERE u.code = $1 ORDER BY o.id LIMIT 1`,
    [unitCode],
  );
  const taskId = await q(
    `SELECT t.id FROM task t JOIN administrative_unit u ON u.id = t.unit_id
      WHERE u.code = $1 OR u.code = 'lam-ha' ORDER BY (u.code = $1) DESC, t.completed_at NULLS FIRST, t.id LIMIT 1`,
    [unitCode],
  );
  const [{ full_name: fullName }] = await db.dataSource.query('SELECT full_name FROM returnee WHERE id = $1', [
    personId,
  ]);
  const unitId = await q('SELECT id FROM administrative_unit WHERE code = $1', [unitCode]);
  // The unit's data-sharing agreement, under which a key is made (createServiceAccount).
  const agreementId = await q(
    `INSERT INTO data_sharing_agreement (unit_id, counterpart, legal_basis_number, purpose, allowed_operations,
       starts_on, ends_on, status, version)
     VALUES ($1, 'Sở LĐ-TB&XH', '1/QĐ-UBND', 'Thống kê', '{reintegrationStats}', '2020-01-01', '2099-12-31', 'ACTIVE', 1)
     RETURNING id`,
    [unitId],
  );
  // A helper account of the unit besides the demo's, whose sessions endUserSessions may end.
  const helperUserId = await q(
    `INSERT INTO app_user (email, display_name, role, unit_id, organisation_id, password_hash, version)
     VALUES ($1, 'Người giúp đỡ thử', 'HELPER', $2, $3, 'không đăng nhập', 1) RETURNING id`,
    [`giupdo.${unitCode}@hoanhap.local`, unitId, organisationId],
  );
  return { personId, fullName, unitCode, unitId, organisationId, taskId, agreementId, helperUserId };
}

/** Who acts on what for a cell: "other" is the Văn Đẩu officer on Lãm Hà, or a Lãm Hà user on Văn Đẩu. */
function scenario(role: Role, scope: Scope): { account: DemoAccount; t: Target } | null {
  if (scope === 'own') return { account: ACCOUNTS[role], t: lamHa };
  if (!WARD_ROLES.has(role)) return null;
  if (role === Role.OFFICER) return { account: 'vandau', t: lamHa };
  return { account: ACCOUNTS[role], t: vanDau };
}

beforeAll(async () => {
  lamHa = await target('lam-ha', DEMO_ACCOUNTS.helper);
  vanDau = await target('van-dau', null);
  await seedRevokedPartner(db.dataSource);
}, 60_000);

async function observe(op: string, role: Role, scope: Scope): Promise<string[] | null> {
  const s = scenario(role, scope);
  const p = PROBES[op];
  if (!s || !p || (scope === 'other' && p.unscoped)) return null;
  const c = client(s.account);
  const seen: string[] = [];
  for (const variant of VARIANTS) {
    const { text, key } = documentFor(op, p, variant);
    seq += 1;
    const res = await c.request(text, p.vars(s.t, seq));
    seen.push(classify(res, key, p, s.t));
  }
  return seen;
}

describe('permission matrix', () => {
  it('covers every probed operation, every role and both scopes', () => {
    if (process.env.MATRIX_DISCOVER) return;
    expect(PERMISSION_MATRIX.map((r) => r.operation).sort()).toEqual(Object.keys(PROBES).sort());
    for (const row of PERMISSION_MATRIX) {
      for (const role of MATRIX_ROLES) {
        expect(row.cells[role].own, `${row.operation} ${role} own`).not.toBeNull();
        if (!WARD_ROLES.has(role)) expect(row.cells[role].other, `${row.operation} ${role} other`).toBeNull();
      }
    }
  });

  it('answers every cell as the matrix says, plainly, through an alias and through a fragment', async () => {
    const discovered: string[] = [];
    const mismatches: string[] = [];
    for (const op of Object.keys(PROBES)) {
      const row = PERMISSION_MATRIX.find((r) => r.operation === op);
      const line: string[] = [];
      for (const role of MATRIX_ROLES) {
        for (const scope of ['own', 'other'] as const) {
          const seen = await observe(op, role, scope);
          line.push(`${role}.${scope}=${seen ? [...new Set(seen)].join('|') : '-'}`);
          const expected: Outcome | null | undefined = row?.cells[role][scope];
          if (!process.env.MATRIX_DISCOVER && seen) {
            for (const [i, got] of seen.entries())
              if (got !== expected)
                mismatches.push(`${op} ${role} ${scope} ${VARIANTS[i]}: expected ${expected}, got ${got}`);
          }
        }
      }
      discovered.push(`${op}: ${line.join(' ')}`);
    }
    if (process.env.MATRIX_DISCOVER) console.log(discovered.join('\n'));
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('is rendered, unchanged, at the end of docs/security.md', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../../docs/security.md'), 'utf8');
    const start = doc.indexOf(MATRIX_BEGIN);
    const end = doc.indexOf(MATRIX_END);
    expect(start, 'docs/security.md has no permission matrix section').toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end + MATRIX_END.length)).toBe(renderMatrix());
  });
});
