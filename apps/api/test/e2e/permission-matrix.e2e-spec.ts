import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_ROLES, type Outcome, PERMISSION_MATRIX, type Scope } from '../../src/security/permission-matrix.js';
import { MATRIX_BEGIN, MATRIX_END, renderMatrix } from '../../scripts/render-matrix.js';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient, type GqlResponse } from '../utils/test-server.js';

/** The data a cell acts on: a person, their unit, an organisation and an open task of that unit. */
interface Target {
  personId: string;
  fullName: string;
  unitCode: string;
  unitId: string;
  organisationId: string;
  taskId: string;
}

interface Probe {
  kind: 'query' | 'mutation';
  varDefs: string;
  args: string;
  selection: string;
  vars: (t: Target, n: number) => Record<string, unknown>;
  /** A person read: SENSITIVE when citizenId and convictions come back. */
  person?: (value: unknown, t: Target) => unknown;
  /** Acts on no unit's data: the "other unit" column does not apply. */
  unscoped?: boolean;
}

const PERSON = '{ id citizenId convictions { id } }';
let seq = 0;

const PROBES: Record<string, Probe> = {
  returnees: {
    kind: 'query',
    varDefs: '$filter: ReturneeFilter',
    args: 'first: 5, filter: $filter',
    selection: `{ edges { node ${PERSON} } }`,
    vars: (t) => ({ filter: { search: t.fullName } }),
    person: (v, t) =>
      (v as { edges: Array<{ node: { id: string } }> }).edges.find((e) => e.node.id === t.personId)?.node ?? null,
  },
  returnee: {
    kind: 'query',
    varDefs: '$id: ID!',
    args: 'id: $id',
    selection: PERSON,
    vars: (t) => ({ id: t.personId }),
    person: (v) => v,
  },
  reintegrationStats: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'returnedSince: "2020-01-01", unitCode: $unitCode',
    selection: '{ __typename }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  expectedReleases: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'from: "2026-01-01", to: "2026-12-31", unitCode: $unitCode',
    selection: '{ id returnee { id } }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  registerReturnee: {
    kind: 'mutation',
    varDefs: '$input: RegisterReturneeInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({ input: { fullName: `Nguyễn Văn Thử ${n}`, unitCode: t.unitCode, returnedOn: '2026-11-01' } }),
  },
  updateReturnee: {
    kind: 'mutation',
    varDefs: '$input: UpdateReturneeInput!',
    args: 'input: $input',
    selection: '{ id }',
    // A stale version: allowed callers get CONFLICT, nothing is written.
    vars: (t) => ({ input: { id: t.personId, version: 99999, residentialGroup: 'Tổ 9' } }),
  },
  recordContact: {
    kind: 'mutation',
    varDefs: '$input: RecordContactInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, channel: 'PHONE', contactedOn: '2026-11-20' } }),
  },
  recordSupport: {
    kind: 'mutation',
    varDefs: '$input: RecordSupportInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, type: 'COUNSELLING', startedOn: '2026-11-20' } }),
  },
  helperAccounts: {
    kind: 'query',
    varDefs: '$returneeId: ID!',
    args: 'returneeId: $returneeId',
    selection: '{ id displayName }',
    vars: (t) => ({ returneeId: t.personId }),
  },
  assignHelper: {
    kind: 'mutation',
    varDefs: '$input: AssignHelperInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        returneeId: t.personId,
        organisationId: t.organisationId,
        helperName: `Người giúp đỡ ${n}`,
        role: 'SUPPORTING',
        startedOn: '2026-11-20',
      },
    }),
  },
  assignHelperToMany: {
    kind: 'mutation',
    varDefs: '$input: AssignHelperToManyInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        returneeIds: [t.personId],
        organisationId: t.organisationId,
        helperName: `Người giúp đỡ nhóm ${n}`,
        role: 'SUPPORTING',
        startedOn: '2026-11-20',
      },
    }),
  },
  savedViews: {
    kind: 'query',
    varDefs: '',
    args: 'list: RETURNEES',
    selection: '{ id }',
    vars: () => ({}),
    unscoped: true,
  },
  recordExport: {
    kind: 'mutation',
    varDefs: '$input: RecordExportInput!',
    args: 'input: $input',
    selection: '',
    vars: () => ({ input: { list: 'TASKS', filterKeys: ['mine'] } }),
    unscoped: true,
  },
  saveView: {
    kind: 'mutation',
    varDefs: '$input: SaveViewInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (_t, n) => ({
      input: { list: 'RETURNEES', name: `Góc nhìn ${n}`, query: 'q=nguyen', columns: ['fullName'] },
    }),
    unscoped: true,
  },
  recordConviction: {
    kind: 'mutation',
    varDefs: '$input: RecordConvictionInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        returneeId: t.personId,
        ageAtOffence: 16,
        court: 'TAND quận Kiến An',
        intentional: true,
        judgmentDate: '2015-03-01',
        judgmentNumber: `${n}/2015/HS-ST`,
        mainPenalty: 'FIXED_TERM_IMPRISONMENT',
        prisonMonths: 24,
        mainPenaltyCompletedOn: '2017-03-01',
        penalCodeArticle: '173',
        penalCodeChapter: 16,
        severity: 'LESS_SERIOUS',
      },
    }),
  },
  auditLog: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ edges { cursor } }',
    vars: () => ({}),
    unscoped: true,
  },
  users: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ totalCount }',
    vars: () => ({}),
    unscoped: true,
  },
  createUser: {
    kind: 'mutation',
    varDefs: '$input: CreateUserInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        displayName: `Người dùng ${n}`,
        email: `matrix${n}@hoanhap.local`,
        password: 'mat-khau-rat-dai-2024!',
        role: 'VIEWER',
        unitCode: t.unitCode,
      },
    }),
  },
  createServiceAccount: {
    kind: 'mutation',
    varDefs: '$input: CreateServiceAccountInput!',
    args: 'input: $input',
    selection: '{ serviceAccount { id } }',
    vars: (t, n) => ({
      input: {
        name: `Tích hợp ${n}`,
        role: 'VIEWER',
        unitCode: t.unitCode,
        allowedOperations: ['reintegrationStats'],
        expiresOn: '2027-06-01',
      },
    }),
  },
  updateUnitSettings: {
    kind: 'mutation',
    varDefs: '$input: UpdateUnitSettingsInput!',
    args: 'input: $input',
    selection: '{ id }',
    // The demo's own numbers, so the cases probed after it see the same thresholds.
    vars: (t) => ({ input: { unitId: t.unitId, noContactDays: 30, reportInDays: 10, note: null } }),
  },
  pledges: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ totalCount }',
    vars: () => ({}),
    unscoped: true,
  },
  signPledge: {
    kind: 'mutation',
    varDefs: '$input: SignPledgeInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        kind: 'FAMILY',
        title: `Giao ước ${n}`,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        signedOn: '2026-01-05',
        signatories: [{ organisationId: t.organisationId, representative: 'Trần Thị Đại Diện' }],
      },
    }),
  },
  recordDocument: {
    kind: 'mutation',
    varDefs: '$input: RecordDocumentInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (_t, n) => ({
      input: { kind: 'MINUTES', title: `Biên bản ${n}`, issuer: 'UBND phường', issuedOn: '2026-11-20' },
    }),
    unscoped: true,
  },
  myTasks: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '{ id }',
    vars: () => ({}),
    unscoped: true,
  },
  // Last: these change what the reads above would see.
  revealSensitive: {
    kind: 'mutation',
    varDefs: '$input: RevealSensitiveInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, purpose: 'Xem xét hồ sơ để họp ban chỉ đạo' } }),
  },
  completeTask: {
    kind: 'mutation',
    varDefs: '$input: CompleteTaskInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { taskId: t.taskId } }),
  },
  closeCase: {
    kind: 'mutation',
    varDefs: '$input: CloseCaseInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, reason: 'MOVED_AWAY', closedOn: '2026-11-20' } }),
  },
};

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

const EMAILS: Record<Role, string> = {
  [Role.ADMIN]: 'admin@hoanhap.local',
  [Role.OFFICER]: 'congan.lamha@hoanhap.local',
  [Role.COMMITTEE]: 'ubnd.lamha@hoanhap.local',
  [Role.HELPER]: 'phunu.lamha@hoanhap.local',
  [Role.VIEWER]: 'so.haiphong@hoanhap.local',
  [Role.AUDITOR]: 'kiemtra.haiphong@hoanhap.local',
};
/** City-wide roles have no "other unit" in the demo data. */
const WARD_ROLES = new Set<Role>([Role.OFFICER, Role.COMMITTEE, Role.HELPER]);

const { db, server } = withDemoServer();
const clients = new Map<string, GqlClient>();
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
  return { personId, fullName, unitCode, unitId, organisationId, taskId };
}

async function client(email: string): Promise<GqlClient> {
  let c = clients.get(email);
  if (!c) {
    c = new GqlClient(server.url);
    await c.login(email);
    clients.set(email, c);
  }
  return c;
}

/** Who acts on what for a cell: "other" is the Văn Đẩu officer on Lãm Hà, or a Lãm Hà user on Văn Đẩu. */
function scenario(role: Role, scope: Scope): { email: string; t: Target } | null {
  if (scope === 'own') return { email: EMAILS[role], t: lamHa };
  if (!WARD_ROLES.has(role)) return null;
  if (role === Role.OFFICER) return { email: 'congan.vandau@hoanhap.local', t: lamHa };
  return { email: EMAILS[role], t: vanDau };
}

beforeAll(async () => {
  lamHa = await target('lam-ha', 'phunu.lamha@hoanhap.local');
  vanDau = await target('van-dau', null);
}, 60_000);

async function observe(op: string, role: Role, scope: Scope): Promise<string[] | null> {
  const s = scenario(role, scope);
  const p = PROBES[op];
  if (!s || !p || (scope === 'other' && p.unscoped)) return null;
  const c = await client(s.email);
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
