import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { db, server, client } = withDemoServer();
const officer = client('officer');
let lamHa: string[];
let vanDau: string;

beforeAll(async () => {
  const ids = async (unit: string) =>
    (
      (await db.dataSource.query(
        `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = $1 ORDER BY r.id LIMIT 2`,
        [unit],
      )) as Array<{ id: string }>
    ).map((r) => r.id);
  lamHa = await ids('lam-ha');
  vanDau = (await ids('van-dau'))[0] as string;
});

const RECORD = `mutation ($input: RecordExportInput!) { recordExport(input: $input) }`;
const exportRows = async () =>
  (await db.dataSource.query(
    `SELECT object_type, returnee_id, fields FROM audit_event WHERE action = 'recordExport' ORDER BY id`,
  )) as Array<{ object_type: string; returnee_id: string | null; fields: string[] }>;

describe('recordExport', () => {
  it('logs a list export with the names of its filters, never their values', async () => {
    const before = (await exportRows()).length;
    const res = await officer.request(RECORD, { input: { list: 'RETURNEES', filterKeys: ['q', 'status'] } });
    expect(res.errors).toBeUndefined();
    const rows = (await exportRows()).slice(before);
    expect(rows).toEqual([{ object_type: 'RETURNEES', returnee_id: null, fields: ['q', 'status'] }]);
  });

  it("puts a selection export in each person's access history", async () => {
    const before = (await exportRows()).length;
    const res = await officer.request(RECORD, { input: { list: 'RETURNEES', returneeIds: lamHa } });
    expect(res.errors).toBeUndefined();
    const rows = (await exportRows()).slice(before);
    expect(rows.map((r) => r.returnee_id)).toEqual([null, ...lamHa]);
  });

  it('refuses a person out of scope like a missing one, logging nothing', async () => {
    const before = (await exportRows()).length;
    const res = await officer.request(RECORD, { input: { list: 'RETURNEES', returneeIds: [lamHa[0], vanDau] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('input.returneeIds.1');
    expect((await exportRows()).length).toBe(before);
  });

  it('takes filter names only, and needs a session', async () => {
    const res = await officer.request(RECORD, { input: { list: 'AUDIT_LOG', filterKeys: ['nguyen van a'] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const anonymous = await new GqlClient(server.url).request(RECORD, { input: { list: 'TASKS' } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});
