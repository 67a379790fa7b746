import { describe, expect, it } from 'vitest';
import { mutateOk } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { lifecycleSteps, NOTICE } from '../utils/lifecycle.js';

/*
 * The outbox: each change departments may be told about writes its event in its own transaction,
 * naming the record and the unit, and a refused change writes none.
 */
const { client, sql, one } = withDemoServer();
const officer = client('officer');
const committee = client('committee');
const steps = lifecycleSteps({ sql, one }, officer);

const TRANSFER = 'mutation ($input: TransferCaseInput!) { transferCase(input: $input) { id } }';
const SUBMIT = 'mutation ($input: SubmitReportInput!) { submitReport(input: $input) { id } }';

const eventsOf = (subjectId: string) =>
  sql<{ type: string; unit: string }>(
    `SELECT e.type, u.code AS unit FROM domain_event e JOIN administrative_unit u ON u.id = e.unit_id
      WHERE e.subject_id = $1 ORDER BY e.occurred_at, e.type`,
    [subjectId],
  );

describe('domain events', () => {
  it('are written by a release notice, a reception, a transfer (for the receiving ward) and a closure', async () => {
    const noticed = await steps.personAt('NOTIFIED');
    await mutateOk(officer, NOTICE, {
      returneeId: noticed,
      receivedOn: '2024-04-26',
      prison: 'Trại giam Hoàng Tiến',
      statedAddress: 'Tổ dân phố 7, phường Lãm Hà',
    });
    expect(await eventsOf(noticed)).toEqual([{ type: 'release_notice.recorded', unit: 'lam-ha' }]);

    const moved = await steps.personAt('UNDER_SUPPORT');
    await mutateOk(officer, TRANSFER, { returneeId: moved, toUnitCode: 'van-dau', transferredOn: '2024-06-01' });
    expect(await eventsOf(moved)).toEqual([
      { type: 'person.received', unit: 'lam-ha' },
      { type: 'case.transferred', unit: 'van-dau' },
    ]);

    const closed = await steps.personAt('CLOSED');
    expect((await eventsOf(closed)).map((e) => e.type)).toEqual(['person.received', 'case.closed']);
  });

  it('are written by a submitted report, naming the submission', async () => {
    const submitted = await mutateOk(committee, SUBMIT, {
      unitCode: 'lam-ha',
      periodKind: 'CUSTOM',
      periodStart: '2024-01-01',
      periodEnd: '2024-04-25',
      returnedSince: '2020-01-01',
      signerName: 'Nguyễn Văn An',
      signerTitle: 'Chủ tịch UBND phường',
    });
    expect(await eventsOf(String(submitted.id))).toEqual([{ type: 'report.submitted', unit: 'lam-ha' }]);
  });

  it('are not written by a refused change', async () => {
    const before = await one<{ n: number }>('SELECT count(*)::int AS n FROM domain_event');
    const person = await steps.personAt('CLOSED');
    const after = await one<{ n: number }>('SELECT count(*)::int AS n FROM domain_event');
    const res = await officer.request(TRANSFER, {
      input: { returneeId: person, toUnitCode: 'van-dau', transferredOn: '2024-07-01' },
    });
    expect(res.errors).toBeDefined();
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM domain_event')).n).toBe(after.n);
    expect(after.n - before.n).toBe(2);
  });
});
