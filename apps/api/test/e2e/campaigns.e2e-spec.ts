import { setTimeout as sleep } from 'node:timers/promises';
import { addDays, addWorkingDays, todayInVietnam } from '@hoanhap/shared';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importJob } from '../../src/modules/imports/import.jobs.js';
import { loadWorkingCalendar } from '../../src/modules/tasks/working-calendar.js';
import { withDemoServer } from '../utils/demo-server.js';
import { withJobWorkers } from '../utils/job-workers.js';
import type { GqlClient } from '../utils/test-server.js';

/*
 * An amnesty wave comes in as a list: each row's person gets the campaign's release notice and the
 * address verification task (3 working days) in the receiving ward, and the campaign page counts,
 * per ward of the reader's scope, how far its people have come.
 */
const { client, server, db, one, sql, count, ids } = withDemoServer();
const officer = client('officer');
const vandau = client('vandau');
const admin = client('admin');
const viewer = client('viewer');
const committee = client('committee');
const helper = client('helper');

withJobWorkers(db, [importJob]);

const today = todayInVietnam();
const releaseOn = addDays(today, 20);
const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id version name kind unit { code } } }`;
const UPDATE = `mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id version name decisionNumber } }`;
const FIGURES = 'notified addressVerified released reportedIn received helperAssigned overdue';
const PAGE = `query ($id: ID!) { campaign(id: $id) { id name
  wards { unit { code name } ${FIGURES} } totals { ${FIGURES} } } }`;

interface Figures {
  notified: number;
  addressVerified: number;
  released: number;
  reportedIn: number;
  received: number;
  helperAssigned: number;
  overdue: number;
}
interface Page {
  campaign: { id: string; wards: Array<Figures & { unit: { code: string } }>; totals: Figures } | null;
}
interface Job {
  status: string;
  rowsImported: number;
  rowsUpdated: number;
  rowsFailed: number;
  rowsFlagged: number;
  failureReason: string | null;
  reportUrl: string | null;
}

async function createCampaign(caller: GqlClient, input: Record<string, unknown>) {
  const res = await caller.request<{ createCampaign: { id: string; version: number } }>(CREATE, {
    input: {
      kind: 'AMNESTY',
      name: 'Đặc xá năm 2025',
      decisionNumber: '266/QĐ-CTN',
      decisionDate: '2025-08-26',
      ...input,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data?.createCampaign as { id: string; version: number };
}

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(caller: GqlClient, content: Buffer, fields: Record<string, string>) {
  const form = new FormData();
  form.set('dryRun', 'false');
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', new Blob([new Uint8Array(content)]), 'danh-sach-dac-xa.xlsx');
  const response = await fetch(`${server.url}/imports`, {
    method: 'POST',
    body: form,
    headers: { cookie: caller.cookie ?? '' },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function intake(caller: GqlClient, content: Buffer, fields: Record<string, string>): Promise<Job> {
  const res = await upload(caller, content, fields);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const until = Date.now() + 60_000;
  for (;;) {
    const job = await caller.request<{ importJob: Job }>(
      `query ($id: ID!) { importJob(id: $id) { status rowsImported rowsUpdated rowsFailed rowsFlagged failureReason reportUrl } }`,
      { id: res.body.jobId },
    );
    const found = job.data?.importJob as Job;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(found.status)) return found;
    if (Date.now() > until) throw new Error('intake did not finish');
    await sleep(200);
  }
}

async function reportReasons(caller: GqlClient, url: string): Promise<string[]> {
  const response = await fetch(`${server.url}${url}`, { headers: { cookie: caller.cookie ?? '' } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const reasons: string[] = [];
  workbook.worksheets[0]?.eachRow((row, n) => {
    if (n > 1) reasons.push(String((row.values as unknown[]).at(-1)));
  });
  return reasons;
}

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Ngày ra trại',
  'Trại giam',
  'Nơi về cư trú',
  'Phường/xã về',
];
const list = (prison = 'Trại giam Xuân Nguyên') =>
  xlsx([
    ['DANH SÁCH PHẠM NHÂN ĐƯỢC ĐẶC XÁ NĂM 2025 VỀ ĐỊA PHƯƠNG'],
    HEADERS,
    [1, 'Nguyễn Văn Đặc', '02/02/1985', '031085000201', releaseOn, prison, 'Số 8 tổ 3', 'lam-ha'],
    [2, 'Lê Thị Xá', '03/03/1990', '031090000202', releaseOn, prison, 'Số 9 tổ 4', 'Lãm Hà'],
    [3, 'Phạm Văn Ngoài', '04/04/1988', '031088000203', releaseOn, prison, 'Số 1 tổ 1', 'van-dau'],
    [4, 'Đỗ Văn Thiếu', '05/05/1992', '031092000204', releaseOn, null, 'Số 2 tổ 2', 'lam-ha'],
    // No identity number: known again by name and date of birth on this campaign's list.
    [5, 'Bùi Văn Lặp', '06/06/1991', null, releaseOn, prison, 'Số 3 tổ 5', 'lam-ha'],
  ]);

describe('campaigns', () => {
  let wardCampaign: { id: string; version: number };
  let people: Array<{ id: string; notice_id: string }>;

  beforeAll(async () => {
    wardCampaign = await createCampaign(officer, { unitCode: 'lam-ha' });
  });

  it('are opened by officers and admins, audited; the committee, viewers and helpers may not', async () => {
    expect(
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'createCampaign'`)).n,
    ).toBe(1);
    for (const caller of [committee, viewer, helper]) {
      const res = await caller.request(CREATE, { input: { unitCode: 'lam-ha', kind: 'AMNESTY', name: 'Thử' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const outside = await vandau.request(CREATE, { input: { unitCode: 'lam-ha', kind: 'AMNESTY', name: 'Thử' } });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ field: 'input.unitCode', reason: 'NOT_FOUND' });
  });

  it('brings in the list: notices, and address verification tasks due in 3 working days', async () => {
    const job = await intake(officer, await list(), { unitCode: 'lam-ha', campaignId: wardCampaign.id });
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 3, rowsFailed: 2 });
    const reasons = await reportReasons(officer, job.reportUrl as string);
    expect(reasons).toEqual(['Phường/xã về không có hoặc không thuộc địa bàn của bạn.', 'Thiếu tên trại giam.']);
    people = await sql(
      `SELECT r.id, n.id AS notice_id FROM release_notice n JOIN returnee r ON r.id = n.returnee_id
       JOIN administrative_unit u ON u.id = r.unit_id
       WHERE n.campaign_id = $1 AND u.code = 'lam-ha' AND r.returned_on IS NULL ORDER BY r.full_name`,
      [wardCampaign.id],
    );
    expect(people).toHaveLength(3);
    // Still in prison: the list's release date and prison are the notice's, not a release record.
    expect(await count('release WHERE returnee_id = ANY($1::uuid[])', [people.map((p) => p.id)])).toBe(0);
    const year = Number(today.slice(0, 4));
    const due = addWorkingDays(today, 3, await loadWorkingCalendar(db.dataSource, year, year + 1));
    const tasks = await sql<{ due_on: string; kind: string; unit: string; expected: string }>(
      `SELECT to_char(t.due_on, 'YYYY-MM-DD') AS due_on, t.kind, u.code AS unit,
         to_char(n.expected_release_on, 'YYYY-MM-DD') AS expected
       FROM release_notice n JOIN task t ON t.rule_key = 'address-verification:' || n.id
       JOIN administrative_unit u ON u.id = t.unit_id WHERE n.campaign_id = $1`,
      [wardCampaign.id],
    );
    expect(tasks).toEqual(
      Array.from({ length: 3 }, () => ({
        due_on: due,
        kind: 'ADDRESS_VERIFICATION',
        unit: 'lam-ha',
        expected: releaseOn,
      })),
    );
    expect(
      await count(`release_notice WHERE campaign_id = $1 AND prison = 'Trại giam Xuân Nguyên'`, [wardCampaign.id]),
    ).toBe(3);
  });

  it('takes the same list again without a second notice, and updates what changed', async () => {
    const again = await intake(officer, await list(), { unitCode: 'lam-ha', campaignId: wardCampaign.id });
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      rowsImported: 0,
      rowsUpdated: 0,
      rowsFlagged: 0,
      rowsFailed: 2,
    });
    const moved = await intake(officer, await list('Trại giam Kim Sơn'), {
      unitCode: 'lam-ha',
      campaignId: wardCampaign.id,
    });
    expect(moved).toMatchObject({ status: 'SUCCEEDED', rowsImported: 0, rowsUpdated: 3, rowsFlagged: 0 });
    expect(await count('release_notice WHERE campaign_id = $1', [wardCampaign.id])).toBe(3);
    expect(
      await count(`release_notice WHERE campaign_id = $1 AND prison = 'Trại giam Kim Sơn'`, [wardCampaign.id]),
    ).toBe(3);
    expect(
      await count(`task WHERE kind = 'ADDRESS_VERIFICATION' AND returnee_id = ANY($1::uuid[])`, [
        people.map((p) => p.id),
      ]),
    ).toBe(3);
    expect(await count(`audit_event WHERE action = 'recordCampaignRelease'`)).toBe(6);
  });

  it('counts each ward’s progress as the officers work the cases', async () => {
    const page = async (caller: GqlClient, id = wardCampaign.id) => {
      const res = await caller.request<Page>(PAGE, { id });
      expect(res.errors).toBeUndefined();
      return res.data?.campaign ?? null;
    };
    const before = await page(officer);
    expect(before?.wards.map((w) => w.unit.code)).toEqual(['lam-ha']);
    expect(before?.totals).toEqual({
      notified: 3,
      addressVerified: 0,
      released: 0,
      reportedIn: 0,
      received: 0,
      helperAssigned: 0,
      overdue: 0,
    });
    const [first, second] = people as [{ id: string; notice_id: string }, { id: string; notice_id: string }];
    const steps = [
      [
        'mutation ($i: VerifyReleaseAddressInput!) { verifyReleaseAddress(input: $i) { id } }',
        { releaseNoticeId: first.notice_id, verifiedOn: today, result: 'CONFIRMED' },
      ],
      [
        'mutation ($i: RecordReleaseInput!) { recordRelease(input: $i) { id } }',
        { returneeId: first.id, type: 'AMNESTY', releasedOn: today, prison: 'Trại giam Kim Sơn' },
      ],
      [
        'mutation ($i: RecordReceptionInput!) { recordReception(input: $i) { id } }',
        { returneeId: first.id, receivedOn: today, meetingRecordNumber: '12/BB', informationSheetDone: true },
      ],
      [
        'mutation ($i: AssignHelperToManyInput!) { assignHelperToMany(input: $i) { id } }',
        {
          returneeIds: [first.id, second.id],
          helperName: 'Phạm Thị Hoa',
          organisationId: await ids.organisation('Hội Phụ nữ phường Lãm Hà'),
          role: 'SUPPORTING',
          startedOn: today,
        },
      ],
    ] as const;
    for (const [document, input] of steps) {
      const res = await officer.request(document, { i: input });
      expect(res.errors, document).toBeUndefined();
    }
    // The second person's verification is two days late.
    await sql(`UPDATE task SET due_on = $2::date WHERE rule_key = 'address-verification:' || $1`, [
      second.notice_id,
      addDays(today, -2),
    ]);
    expect((await page(officer))?.wards[0]).toMatchObject({
      unit: { code: 'lam-ha' },
      notified: 3,
      addressVerified: 1,
      released: 1,
      reportedIn: 1,
      received: 1,
      helperAssigned: 2,
      overdue: 1,
    });
    // The committee and the city's departments read the same figures.
    expect((await page(committee))?.totals.notified).toBe(3);
    expect((await page(viewer))?.totals.notified).toBe(3);
  });

  it('lists a ward’s people of the campaign for bulk assignment', async () => {
    const res = await officer.request<{
      campaign: { notices: { totalCount: number; edges: Array<{ node: { returnee: { id: string } } }> } };
    }>(
      `query ($id: ID!) { campaign(id: $id) { notices(unitCode: "lam-ha", first: 10) { totalCount edges { node { returnee { id } } } } } }`,
      { id: wardCampaign.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.campaign.notices.totalCount).toBe(3);
    expect(res.data?.campaign.notices.edges.map((e) => e.node.returnee.id).sort()).toEqual(
      people.map((p) => p.id).sort(),
    );
  });

  it('shows a city’s campaign to each ward with only its own wards; another ward’s campaign looks missing', async () => {
    const city = await createCampaign(admin, {
      unitCode: 'hai-phong',
      kind: 'BULK_RELEASE',
      name: 'Danh sách trại giam',
    });
    const rows = await xlsx([
      HEADERS,
      [1, 'Vũ Văn Thành', '06/06/1980', '031080000301', releaseOn, 'Trại giam Xuân Nguyên', 'Số 5', 'lam-ha'],
      [2, 'Hoàng Văn Phố', '07/07/1981', '031081000302', releaseOn, 'Trại giam Xuân Nguyên', 'Số 6', 'van-dau'],
    ]);
    expect(await intake(admin, rows, { unitCode: 'hai-phong', campaignId: city.id })).toMatchObject({
      status: 'SUCCEEDED',
      rowsImported: 2,
    });
    const wardsSeen = async (caller: GqlClient) =>
      ((await caller.request<Page>(PAGE, { id: city.id })).data?.campaign?.wards ?? []).map((w) => w.unit.code);
    expect(await wardsSeen(viewer)).toEqual(['lam-ha', 'van-dau']);
    expect(await wardsSeen(officer)).toEqual(['lam-ha']);
    expect(await wardsSeen(vandau)).toEqual(['van-dau']);
    expect((await vandau.request<Page>(PAGE, { id: wardCampaign.id })).data?.campaign).toBeNull();
    const listed = await vandau.request<{ campaigns: { edges: Array<{ node: { id: string } }> } }>(
      '{ campaigns(first: 20) { totalCount edges { node { id } } } }',
    );
    expect(listed.data?.campaigns.edges.map((e) => e.node.id)).toEqual([city.id]);
    // The ward may not edit the city's campaign, nor bring a list into a campaign it cannot see.
    const edit = await officer.request(UPDATE, { input: { id: city.id, version: 1, name: 'Đổi tên' } });
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const refused = await upload(vandau, rows, { unitCode: 'van-dau', campaignId: wardCampaign.id });
    expect(refused.status).toBe(400);
  });

  it('edits from the version read and refuses a stale one', async () => {
    const res = await officer.request<{ updateCampaign: { version: number; decisionNumber: string } }>(UPDATE, {
      input: { id: wardCampaign.id, version: wardCampaign.version, decisionNumber: '267/QĐ-CTN' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateCampaign.decisionNumber).toBe('267/QĐ-CTN');
    const stale = await officer.request(UPDATE, {
      input: { id: wardCampaign.id, version: wardCampaign.version, name: 'X' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await helper.request('{ campaigns { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
