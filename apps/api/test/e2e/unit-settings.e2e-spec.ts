import { beforeAll, describe, expect, it } from 'vitest';
import { expectBadInput } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

/*
 * The administrator changes a unit's settings: the no-contact threshold (which the no-contact list
 * reads per person's unit), the report-in days and the note. The demo's city admin sees every unit
 * of Hải Phòng; a province added here (Hà Nội) lies outside that scope.
 */

const { db, server, client, signIn: as } = withDemoServer();
const admin = client('admin');
const unitIds: Record<string, string> = {};

const UPDATE = `mutation ($input: UpdateUnitSettingsInput!) {
  updateUnitSettings(input: $input) { id code noContactDays reportInDays note successor { code } }
}`;
const NO_CONTACT = '{ noContactList { returnee { id } daysSince thresholdDays } }';

interface Settings {
  no_contact_days: number;
  report_in_days: number;
  note: string | null;
}
interface NoContactEntry {
  returnee: { id: string };
  daysSince: number;
  thresholdDays: number;
}

async function settingsOf(code: string): Promise<Settings> {
  const rows = (await db.dataSource.query(
    'SELECT no_contact_days, report_in_days, note FROM administrative_unit WHERE code = $1',
    [code],
  )) as Settings[];
  if (!rows[0]) throw new Error(`no unit ${code}`);
  return rows[0];
}

async function auditCount(): Promise<number> {
  const [row] = (await db.dataSource.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = 'updateUnitSettings'`,
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}

const input = (code: string, patch: Record<string, unknown> = {}) => ({
  input: { unitId: unitIds[code], noContactDays: 30, reportInDays: 10, note: null, ...patch },
});

beforeAll(async () => {
  await db.dataSource.query(
    `INSERT INTO administrative_unit (code, name, level) VALUES ('ha-noi', 'Thành phố Hà Nội', 'PROVINCE')`,
  );
  const rows = (await db.dataSource.query('SELECT id, code FROM administrative_unit')) as Array<{
    id: string;
    code: string;
  }>;
  for (const row of rows) unitIds[row.code] = row.id;
}, 60_000);

describe('updateUnitSettings', () => {
  it("changes Lãm Hà's no-contact days and the officer's no-contact list follows", async () => {
    const officer = await as('congan.lamha@hoanhap.local');
    const before = (await officer.request<{ noContactList: NoContactEntry[] }>(NO_CONTACT)).data?.noContactList ?? [];
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((e) => e.thresholdDays === 30 && e.daysSince > 30)).toBe(true);

    // The shortest wait listed becomes the threshold: that person is no longer "more than" it.
    const shortest = Math.min(...before.map((e) => e.daysSince));
    const res = await admin.request<{ updateUnitSettings: Record<string, unknown> }>(
      UPDATE,
      input('lam-ha', { noContactDays: shortest, reportInDays: 15, note: '  Số liệu đối chiếu với Công an phường.  ' }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateUnitSettings).toMatchObject({
      code: 'lam-ha',
      noContactDays: shortest,
      reportInDays: 15,
      note: 'Số liệu đối chiếu với Công an phường.',
      successor: { code: 'dong-hoa-2025' },
    });
    expect(await settingsOf('lam-ha')).toEqual({
      no_contact_days: shortest,
      report_in_days: 15,
      note: 'Số liệu đối chiếu với Công an phường.',
    });

    const after = (await officer.request<{ noContactList: NoContactEntry[] }>(NO_CONTACT)).data?.noContactList ?? [];
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((e) => e.thresholdDays === shortest && e.daysSince > shortest)).toBe(true);
    expect(after.map((e) => e.returnee.id)).toEqual(
      before.filter((e) => e.daysSince > shortest).map((e) => e.returnee.id),
    );

    // Lowered to the minimum, everyone waiting more than a week is listed again.
    await admin.request(UPDATE, input('lam-ha', { noContactDays: 7, reportInDays: 15 }));
    const week = (await officer.request<{ noContactList: NoContactEntry[] }>(NO_CONTACT)).data?.noContactList ?? [];
    expect(week.map((e) => e.returnee.id)).toEqual(expect.arrayContaining(before.map((e) => e.returnee.id)));
    expect(week.every((e) => e.thresholdDays === 7)).toBe(true);
  });

  it('writes one audit row naming the settings that changed, never their values', async () => {
    await admin.request(UPDATE, input('van-dau', { noContactDays: 30, reportInDays: 10, note: null }));
    const start = await auditCount();
    const res = await admin.request(UPDATE, input('van-dau', { noContactDays: 45, note: 'Chờ xác nhận' }));
    expect(res.errors).toBeUndefined();
    expect(await auditCount()).toBe(start + 1);
    const [row] = (await db.dataSource.query(
      `SELECT a.fields, a.object_type, a.object_id, a.actor_role, u.email
         FROM audit_event a JOIN app_user u ON u.id = a.actor_id
        WHERE a.action = 'updateUnitSettings' ORDER BY a.id DESC LIMIT 1`,
    )) as Array<Record<string, unknown>>;
    expect(row).toEqual({
      fields: ['noContactDays', 'note'],
      object_type: 'AdministrativeUnit',
      object_id: unitIds['van-dau'],
      actor_role: 'ADMIN',
      email: 'admin@hoanhap.local',
    });
    // The row above is all there is: no value, and the note's text nowhere (ids may hold any digits).
    expect(JSON.stringify(row)).not.toContain('Chờ xác nhận');
  });

  it('clears the note when it is blank', async () => {
    await admin.request(UPDATE, input('phu-lien', { note: 'Tạm thời' }));
    const res = await admin.request<{ updateUnitSettings: { note: string | null } }>(
      UPDATE,
      input('phu-lien', { note: '   \n ' }),
    );
    expect(res.data?.updateUnitSettings.note).toBeNull();
    expect((await settingsOf('phu-lien')).note).toBeNull();
  });

  it('refuses every role but the administrator, and writes nothing', async () => {
    const start = await settingsOf('lam-ha');
    const audits = await auditCount();
    for (const email of [
      'congan.lamha@hoanhap.local',
      'ubnd.lamha@hoanhap.local',
      'phunu.lamha@hoanhap.local',
      'so.haiphong@hoanhap.local',
      'kiemtra.haiphong@hoanhap.local',
    ]) {
      const res = await (await as(email)).request(UPDATE, input('lam-ha', { noContactDays: 90 }));
      expect(errorCode(res), email).toBe('FORBIDDEN');
    }
    expect(errorCode(await new GqlClient(server.url).request(UPDATE, input('lam-ha')))).toBe('UNAUTHENTICATED');
    expect(await settingsOf('lam-ha')).toEqual(start);
    expect(await auditCount()).toBe(audits);
  });

  it('answers a unit outside the scope exactly like an unknown or malformed id', async () => {
    const start = await settingsOf('ha-noi');
    const audits = await auditCount();
    const answers = [];
    for (const unitId of [unitIds['ha-noi'], '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await admin.request(UPDATE, { input: { ...input('lam-ha').input, unitId } });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
      answers.push(res.errors?.[0]?.message);
    }
    expect(new Set(answers).size).toBe(1);
    expect(await settingsOf('ha-noi')).toEqual(start);
    expect(await auditCount()).toBe(audits);
  });

  it('gives the field and the reason for each rule broken, and changes nothing', async () => {
    const start = await settingsOf('van-dau');
    const audits = await auditCount();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ noContactDays: 6 }, 'input.noContactDays', 'OUT_OF_RANGE'],
      [{ noContactDays: 366 }, 'input.noContactDays', 'OUT_OF_RANGE'],
      [{ reportInDays: 0 }, 'input.reportInDays', 'OUT_OF_RANGE'],
      [{ reportInDays: 61 }, 'input.reportInDays', 'OUT_OF_RANGE'],
      [{ note: 'x'.repeat(2001) }, 'input.note', 'TOO_LONG'],
    ];
    for (const [patch, field, reason] of cases) {
      expectBadInput(await admin.request(UPDATE, input('van-dau', { noContactDays: 60, ...patch })), field, reason);
    }
    expect(await settingsOf('van-dau')).toEqual(start);
    expect(await auditCount()).toBe(audits);

    // The limits themselves are allowed; 2,000 characters count once trimmed.
    const edge = await admin.request<{ updateUnitSettings: { noContactDays: number; note: string } }>(
      UPDATE,
      input('van-dau', { noContactDays: 365, reportInDays: 60, note: ` ${'x'.repeat(2000)} ` }),
    );
    expect(edge.errors).toBeUndefined();
    expect(edge.data?.updateUnitSettings.note).toHaveLength(2000);
    expect(
      (await admin.request(UPDATE, input('van-dau', { noContactDays: 7, reportInDays: 1 }))).errors,
    ).toBeUndefined();
  });
  it('sets the retention policy when given, keeps it when left out, and audits its names', async () => {
    const res = await admin.request<{ updateUnitSettings: Record<string, unknown> }>(
      `mutation ($input: UpdateUnitSettingsInput!) {
        updateUnitSettings(input: $input) { code expungedMinimiseDays closedRetentionMonths } }`,
      input('phu-lien', { expungedMinimiseDays: 90, closedRetentionMonths: 24 }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateUnitSettings).toEqual({
      code: 'phu-lien',
      expungedMinimiseDays: 90,
      closedRetentionMonths: 24,
    });
    const [audit] = (await db.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'updateUnitSettings' ORDER BY id DESC LIMIT 1`,
    )) as Array<{ fields: string[] }>;
    expect(audit?.fields).toEqual(expect.arrayContaining(['expungedMinimiseDays', 'closedRetentionMonths']));

    await admin.request(UPDATE, input('phu-lien'));
    const [row] = (await db.dataSource.query(
      `SELECT expunged_minimise_days, closed_retention_months FROM administrative_unit WHERE code = 'phu-lien'`,
    )) as Array<Record<string, number>>;
    expect(row).toEqual({ expunged_minimise_days: 90, closed_retention_months: 24 });

    for (const [patch, field] of [
      [{ expungedMinimiseDays: 6 }, 'input.expungedMinimiseDays'],
      [{ expungedMinimiseDays: 366 }, 'input.expungedMinimiseDays'],
      [{ closedRetentionMonths: 11 }, 'input.closedRetentionMonths'],
      [{ closedRetentionMonths: 121 }, 'input.closedRetentionMonths'],
    ] as const) {
      expectBadInput(await admin.request(UPDATE, input('phu-lien', patch)), field, 'OUT_OF_RANGE');
    }
  });
});
