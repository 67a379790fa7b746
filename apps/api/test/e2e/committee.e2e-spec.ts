import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, clients, count, audits: auditOf, ids } = withDemoServer();
const as = clients('officer', 'vandau', 'committee', 'helper', 'viewer');
/*
 * The reintegration model of a ward: the Lãm Hà demo as the committee reads it, and creating a model
 * with its frozen baseline. The steering committee is in committee-steering.
 */
const orgs: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(orgs, await ids.organisations('lam-ha'));
});

describe('the Lãm Hà demo', () => {
  it('shows the model with its frozen baseline, its founding documents, committee and pledge', async () => {
    const res = await as.committee.request<{ reintegrationModels: Array<Record<string, unknown>> }>(`query {
      reintegrationModels { id name slogan launchedOn status unit { code }
        baseline { returnedSince asOf returned { total stable unstable unemployed } inCaseload { total stable unstable unemployed } }
        documents { kind numberSymbol summary }
        committees { name foundingDecision { kind numberSymbol } operatingRules { kind }
          members(asOf: "2024-04-25") { role personName title organisation { name } } }
        pledges { kind signedOn signatories { organisation { name } } targets { kind indicator } reviews { kind totalScore } } } }`);
    expect(res.errors).toBeUndefined();
    const [model] = res.data?.reintegrationModels ?? [];
    expect(model).toMatchObject({
      slogan: 'Vì hạnh phúc tương lai, bỏ qua mặc cảm, vượt lên chính mình',
      launchedOn: '2024-04-25',
      status: 'ACTIVE',
      unit: { code: 'lam-ha' },
      baseline: {
        returnedSince: '2020-01-01',
        asOf: '2024-04-25',
        returned: { total: 34, stable: 7, unstable: 21, unemployed: 6 },
        inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1 },
      },
    });
    const docs = model?.documents as Array<{ kind: string; summary: string }>;
    expect(docs.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['RESOLUTION', 'PLAN', 'REPORT', 'DECISION', 'OPERATING_RULES']),
    );
    expect(docs.every((d) => d.summary.includes('minh họa'))).toBe(true);
    const [committee] = (model?.committees ?? []) as Array<{
      members: Array<{ role: string; organisation: { name: string } }>;
    }>;
    expect(committee?.members.map((m) => m.role)).toEqual([
      'HEAD',
      'STANDING_DEPUTY',
      'DEPUTY',
      'MEMBER',
      'MEMBER',
      'MEMBER',
      'MEMBER',
      'SECRETARY',
    ]);
    expect(committee?.members[0]?.organisation.name).toBe('UBND phường Lãm Hà');
    expect(committee?.members[1]?.organisation.name).toBe('Công an phường Lãm Hà');
    const [pledge] = (model?.pledges ?? []) as Array<{
      kind: string;
      targets: Array<{ kind: string }>;
      reviews: Array<{ kind: string; totalScore: number }>;
    }>;
    expect(pledge?.kind).toBe('EMULATION');
    expect(pledge?.targets.filter((t) => t.kind === 'COMPUTED').length).toBeGreaterThanOrEqual(5);
    expect(pledge?.targets.filter((t) => t.kind === 'MANUAL')).toHaveLength(1);
    expect(pledge?.reviews).toEqual([{ kind: 'SIX_MONTH', totalScore: expect.any(Number) }]);
  });

  it('keeps the model out of reach of other wards and of helpers', async () => {
    const [{ id }] = await db.dataSource.query('SELECT id FROM reintegration_model');
    const q = `query ($id: ID!) { reintegrationModel(id: $id) { id } }`;
    expect((await as.vandau.request(q, { id })).data).toEqual({ reintegrationModel: null });
    expect((await as.viewer.request(q, { id })).data).toEqual({ reintegrationModel: { id } });
    expect(errorCode(await as.helper.request(q, { id }))).toBe('FORBIDDEN');
    expect((await as.vandau.request('query { reintegrationModels { id } }')).data).toEqual({ reintegrationModels: [] });
  });
});

const CREATE = `mutation ($input: CreateReintegrationModelInput!) { createReintegrationModel(input: $input) {
  id name launchedOn baseline { asOf returned { total stable } inCaseload { total } } } }`;

describe('createReintegrationModel', () => {
  it('freezes the baseline computed for the launch day and audits the field names', async () => {
    const res = await as.committee.request<{ createReintegrationModel: { id: string } }>(CREATE, {
      input: { name: 'Mô hình thử nghiệm', launchedOn: '2024-04-25', baselineReturnedSince: '2020-01-01' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createReintegrationModel).toMatchObject({
      baseline: { asOf: '2024-04-25', returned: { total: 34, stable: 7 }, inCaseload: { total: 10 } },
    });
    const audit = await auditOf('createReintegrationModel');
    expect(audit[0]).toMatchObject({
      object_id: res.data?.createReintegrationModel.id,
      fields: ['name', 'launchedOn', 'baselineReturnedSince'],
    });
  });

  it.each([
    [{ name: 'Mô hình thử nghiệm' }, 'input.name', 'DUPLICATE'],
    [{ name: ' ' }, 'input.name', 'REQUIRED'],
    [{ baselineReturnedSince: '2025-01-01' }, 'input.baselineReturnedSince', 'AFTER_LAUNCH'],
  ])('refuses %j, naming the field, and writes nothing', async (change, field, reason) => {
    const before = await count('reintegration_model');
    const res = await as.officer.request(CREATE, {
      input: { name: 'Mô hình khác', launchedOn: '2024-04-25', baselineReturnedSince: '2020-01-01', ...change },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('reintegration_model')).toBe(before);
  });

  it('is refused to helpers and viewers', async () => {
    const input = { name: 'Mô hình X', launchedOn: '2024-04-25', baselineReturnedSince: '2020-01-01' };
    expect(errorCode(await as.helper.request(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.viewer.request(CREATE, { input }))).toBe('FORBIDDEN');
  });
});
