import { beforeAll, describe, expect, it } from 'vitest';
import { expectBadInput, expectNothingWritten } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, clients, count, ids } = withDemoServer();
const as = clients('officer', 'vandau', 'committee', 'helper', 'viewer');
const orgs: Record<string, string> = {};
let vandauOrg = '';

beforeAll(async () => {
  Object.assign(orgs, await ids.organisations());
  vandauOrg = orgs['Công an phường Văn Đẩu'] ?? '';
});

const POLICE = () => orgs['Công an phường Lãm Hà'];
const WOMEN = () => orgs['Hội Phụ nữ phường Lãm Hà'];

const SIGN = `mutation ($input: SignPledgeInput!) { signPledge(input: $input) { id kind title
  signatories { representative organisation { name } } targets { position indicator kind direction target weight } } }`;
const ADD = `mutation ($input: AddPledgeTargetInput!) { addPledgeTarget(input: $input) {
  id position indicator kind direction target weight withinDays actual progress responsibleOrganisation { id } } }`;
const REVIEW = `mutation ($input: ReviewPledgeInput!) { reviewPledge(input: $input) { id totalScore } }`;

const signInput = (change: Record<string, unknown> = {}) => ({
  kind: 'EMULATION',
  title: 'Giao ước thi đua năm 2025',
  signedOn: '2025-01-15',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  signatories: [
    { organisationId: POLICE(), representative: 'Trần Quốc Bảo', title: 'Trưởng Công an phường' },
    { organisationId: WOMEN(), representative: 'Lê Thị Minh' },
  ],
  ...change,
});

let pledgeId = '';

describe('signPledge', () => {
  it('records the pledge, its signatories and targets, and audits the field names', async () => {
    const res = await as.committee.request<{ signPledge: { id: string; targets: unknown[]; signatories: unknown[] } }>(
      SIGN,
      {
        input: signInput({
          targets: [
            { kind: 'COMPUTED', indicator: 'NEW_OFFENCES', target: 0, weight: 2, responsibleOrganisationId: POLICE() },
          ],
        }),
      },
    );
    expect(res.errors).toBeUndefined();
    pledgeId = res.data?.signPledge.id ?? '';
    expect(res.data?.signPledge.signatories).toHaveLength(2);
    // The direction defaults to the catalogue's (at most, for new offences).
    expect(res.data?.signPledge.targets).toEqual([
      { position: 1, indicator: 'NEW_OFFENCES', kind: 'COMPUTED', direction: 'AT_MOST', target: 0, weight: 2 },
    ]);
    const [audit] = await db.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'signPledge' AND object_id = $1`,
      [pledgeId],
    );
    expect(audit.fields).toEqual(['kind', 'title', 'signedOn', 'periodFrom', 'periodTo', 'signatories', 'targets']);
  });

  it.each([
    [
      'one organisation for an emulation pledge',
      { signatories: [{ organisationId: 'P', representative: 'A B' }] },
      'input.signatories',
      'TOO_FEW',
    ],
    [
      'the same organisation twice',
      {
        signatories: [
          { organisationId: 'P', representative: 'A B' },
          { organisationId: 'P', representative: 'C D' },
        ],
      },
      'input.signatories.1.organisationId',
      'DUPLICATE',
    ],
    [
      'an organisation of another ward',
      {
        signatories: [
          { organisationId: 'P', representative: 'A B' },
          { organisationId: 'VD', representative: 'C D' },
        ],
      },
      'input.signatories.1.organisationId',
      'NOT_FOUND',
    ],
    ['a period ending before it starts', { periodTo: '2024-12-31' }, 'input.periodTo', 'BEFORE_START'],
    ['a signature in the future', { signedOn: '2999-01-01' }, 'input.signedOn', 'IN_FUTURE'],
    ['a title too short', { title: 'x' }, 'input.title', 'REQUIRED'],
    [
      'a target whose organisation did not sign',
      {
        targets: [
          { kind: 'COMPUTED', indicator: 'NEW_OFFENCES', target: 0, weight: 1, responsibleOrganisationId: 'VD' },
        ],
      },
      'input.targets.0.responsibleOrganisationId',
      'NOT_SIGNATORY',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, field, reason) => {
    const swap = (v: unknown): unknown =>
      v === 'P'
        ? POLICE()
        : v === 'VD'
          ? vandauOrg
          : Array.isArray(v)
            ? v.map(swap)
            : v && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]))
              : v;
    const res = await expectNothingWritten(count, ['pledge', 'pledge_signatory', 'pledge_target'], () =>
      as.officer.request(SIGN, { input: signInput(swap(change) as Record<string, unknown>) }),
    );
    expectBadInput(res, field, reason);
  });

  it('is refused to helpers and viewers', async () => {
    expect(errorCode(await as.helper.request(SIGN, { input: signInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await as.viewer.request(SIGN, { input: signInput() }))).toBe('FORBIDDEN');
  });
});

describe('addPledgeTarget', () => {
  it('adds a target after the others, scored live, and audits it', async () => {
    const res = await as.officer.request<{ addPledgeTarget: Record<string, unknown> & { id: string } }>(ADD, {
      input: {
        pledgeId,
        kind: 'COMPUTED',
        indicator: 'HELPER_ASSIGNED_SHARE',
        withinDays: 15,
        target: 90,
        weight: 1.5,
        responsibleOrganisationId: WOMEN(),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addPledgeTarget).toMatchObject({
      position: 2,
      indicator: 'HELPER_ASSIGNED_SHARE',
      direction: 'AT_LEAST',
      withinDays: 15,
      target: 90,
      weight: 1.5,
      responsibleOrganisation: { id: WOMEN() },
    });
    const [audit] = await db.dataSource.query(`SELECT fields FROM audit_event WHERE action = 'addPledgeTarget'`);
    expect(audit.fields).toEqual(
      expect.arrayContaining([
        'pledgeId',
        'kind',
        'indicator',
        'withinDays',
        'target',
        'weight',
        'responsibleOrganisationId',
      ]),
    );
  });

  const target = { kind: 'COMPUTED', indicator: 'STABLE_WORK_SHARE', target: 50, weight: 1 };
  it.each([
    [{ indicator: null }, 'input.indicator', 'REQUIRED'],
    [{ indicator: 'HELPER_ASSIGNED_SHARE' }, 'input.withinDays', 'REQUIRED'],
    [{ indicator: 'HELPER_ASSIGNED_SHARE', withinDays: 0 }, 'input.withinDays', 'OUT_OF_RANGE'],
    [{ withinDays: 10 }, 'input.withinDays', 'NOT_APPLICABLE'],
    [{ supportType: 'COUNSELLING' }, 'input.supportType', 'NOT_APPLICABLE'],
    [{ target: 120 }, 'input.target', 'OUT_OF_RANGE'],
    [{ target: -1 }, 'input.target', 'OUT_OF_RANGE'],
    [{ weight: 0 }, 'input.weight', 'OUT_OF_RANGE'],
    [{ kind: 'MANUAL' }, 'input.indicator', 'NOT_APPLICABLE'],
    [{ kind: 'MANUAL', indicator: null }, 'input.label', 'REQUIRED'],
    [{ responsibleOrganisationId: 'VD' }, 'input.responsibleOrganisationId', 'NOT_SIGNATORY'],
  ])('refuses %j, naming the field, and writes nothing', async (change, field, reason) => {
    const c = change as Record<string, unknown>;
    const res = await expectNothingWritten(count, ['pledge_target'], () =>
      as.officer.request(ADD, {
        input: {
          pledgeId,
          responsibleOrganisationId: POLICE(),
          ...target,
          ...c,
          ...(c.responsibleOrganisationId === 'VD' ? { responsibleOrganisationId: vandauOrg } : {}),
        },
      }),
    );
    expectBadInput(res, field, reason);
  });

  it('does not let another ward touch the pledge (NOT_FOUND), nor read it', async () => {
    const input = { pledgeId, responsibleOrganisationId: POLICE(), ...target };
    expect(errorCode(await as.vandau.request(ADD, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await as.helper.request(ADD, { input }))).toBe('FORBIDDEN');
    expect((await as.vandau.request(`query ($id: ID!) { pledge(id: $id) { id } }`, { id: pledgeId })).data).toEqual({
      pledge: null,
    });
    const list = await as.vandau.request<{ pledges: { totalCount: number } }>('query { pledges { totalCount } }');
    expect(list.data?.pledges.totalCount).toBe(0);
  });
});

describe('reviewPledge', () => {
  let manualId = '';
  let evidenceId = '';
  beforeAll(async () => {
    const res = await as.officer.request<{ addPledgeTarget: { id: string } }>(ADD, {
      input: {
        pledgeId,
        kind: 'MANUAL',
        label: 'Buổi tuyên truyền',
        target: 4,
        weight: 1,
        responsibleOrganisationId: WOMEN(),
      },
    });
    manualId = res.data?.addPledgeTarget.id ?? '';
    const doc = await as.officer.request<{ recordDocument: { id: string } }>(
      `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
      { input: { kind: 'MINUTES', issuedOn: '2025-07-01', issuer: 'Ban Chỉ đạo', title: 'Biên bản sơ kết' } },
    );
    evidenceId = doc.data?.recordDocument.id ?? '';
  });

  const manual = (change: Record<string, unknown> = {}) => [
    { targetId: manualId, actual: 3, evidenceDocumentId: evidenceId, ...change },
  ];
  it.each([
    ['no actual for the manual target', { manualActuals: [] }, 'input.manualActuals', 'MISSING_ACTUAL'],
    ['a computed target given by hand', { manualActuals: 'COMPUTED' }, 'input.manualActuals.0.targetId', 'NOT_FOUND'],
    [
      'evidence from another ward or none',
      { manualActuals: 'BAD_EVIDENCE' },
      'input.manualActuals.0.evidenceDocumentId',
      'NOT_FOUND',
    ],
    ['a negative actual', { manualActuals: 'NEGATIVE' }, 'input.manualActuals.0.actual', 'OUT_OF_RANGE'],
    ['a review before the period', { reviewedOn: '2024-12-31' }, 'input.reviewedOn', 'BEFORE_START'],
    ['a review in the future', { reviewedOn: '2999-01-01' }, 'input.reviewedOn', 'IN_FUTURE'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, field, reason) => {
    const targets: Array<{ id: string }> = await db.dataSource.query(
      `SELECT id FROM pledge_target WHERE pledge_id = $1 AND kind = 'COMPUTED'`,
      [pledgeId],
    );
    const c = { ...change } as Record<string, unknown>;
    if (c.manualActuals === 'COMPUTED')
      c.manualActuals = [{ targetId: targets[0]?.id, actual: 1, evidenceDocumentId: evidenceId }];
    if (c.manualActuals === 'BAD_EVIDENCE')
      c.manualActuals = manual({ evidenceDocumentId: '00000000-0000-4000-8000-000000000000' });
    if (c.manualActuals === 'NEGATIVE') c.manualActuals = manual({ actual: -1 });
    const res = await expectNothingWritten(count, ['pledge_review', 'pledge_review_item'], () =>
      as.officer.request(REVIEW, {
        input: { pledgeId, kind: 'SIX_MONTH', reviewedOn: '2025-07-01', manualActuals: manual(), ...c },
      }),
    );
    expectBadInput(res, field, reason);
  });

  it('freezes a review with one item per target', async () => {
    const res = await as.committee.request<{ reviewPledge: { id: string; totalScore: number } }>(REVIEW, {
      input: { pledgeId, kind: 'SIX_MONTH', reviewedOn: '2025-07-01', manualActuals: manual() },
    });
    expect(res.errors).toBeUndefined();
    const items = await db.dataSource.query('SELECT count(*)::int AS n FROM pledge_review_item WHERE review_id = $1', [
      res.data?.reviewPledge.id,
    ]);
    expect(items[0].n).toBe(3);
    const [audit] = await db.dataSource.query(`SELECT fields FROM audit_event WHERE action = 'reviewPledge'`);
    expect(audit.fields).toEqual(['pledgeId', 'kind', 'reviewedOn', 'manualActuals']);
  });

  it('is refused to another ward (NOT_FOUND) and to viewers (FORBIDDEN)', async () => {
    const input = { pledgeId, kind: 'YEAR_END', reviewedOn: '2025-07-02', manualActuals: manual() };
    expect(errorCode(await as.vandau.request(REVIEW, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await as.viewer.request(REVIEW, { input }))).toBe('FORBIDDEN');
  });
});
