import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { CLOSE, INCIDENT, REOPEN, withLifecycleServer } from '../utils/lifecycle.js';

/*
 * Closing a case (expunged, side exits, a new conviction with its incident) and reopening it:
 * stored outcome, audit row, refused inputs (nothing written) and INVALID_TRANSITION.
 */

const { officer, db, personAt, refused, auditRows, status } = withLifecycleServer({ holidays: true });

describe('closeCase', () => {
  const expunged = (returneeId: string, extra: Record<string, unknown> = {}) => ({
    returneeId,
    reason: 'EXPUNGED',
    closedOn: '2026-06-10',
    proofNumber: '99/2026/LLTP',
    proofDate: '2026-06-01',
    ...extra,
  });

  it('closes a case under support as EXPUNGED with its proof', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const saved = await ok(officer, CLOSE, { ...expunged(id), note: 'Đã nhận phiếu lý lịch tư pháp số 2' });
    expect(saved).toMatchObject({ reason: 'EXPUNGED', closedOn: '2026-06-10', proofNumber: '99/2026/LLTP' });
    expect(await status(id)).toBe('CLOSED');
    expect(await auditRows(id, 'closeCase')).toEqual([
      {
        action: 'closeCase',
        object_type: 'CaseClosure',
        fields: ['reason', 'closedOn', 'proofNumber', 'proofDate', 'note', 'status', 'tasks'],
      },
    ]);
  });

  it('closes from any open state for a side exit, even before the person came home', async () => {
    const id = await personAt('NOTIFIED');
    await ok(officer, CLOSE, { returneeId: id, reason: 'MOVED_AWAY', closedOn: '2024-05-01' });
    expect(await status(id)).toBe('CLOSED');
  });

  it('closes as NEW_CONVICTION with the person’s own NEW_OFFENCE incident', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const incident = await ok(officer, INCIDENT, { returneeId: id, kind: 'NEW_OFFENCE', occurredOn: '2024-08-01' });
    await ok(officer, CLOSE, {
      returneeId: id,
      reason: 'NEW_CONVICTION',
      closedOn: '2024-10-01',
      incidentId: incident.id,
    });
    const [row] = await db.dataSource.query('SELECT incident_id FROM case_closure WHERE returnee_id = $1', [id]);
    expect(row.incident_id).toBe(incident.id);
  });

  it.each([
    ['EXPUNGED without the proof number', { proofNumber: null }, 'input.proofNumber', 'REQUIRED'],
    ['EXPUNGED with a blank proof number', { proofNumber: '  ' }, 'input.proofNumber', 'REQUIRED'],
    ['EXPUNGED without the proof date', { proofDate: null }, 'input.proofDate', 'REQUIRED'],
    ['a proof dated after the closure', { proofDate: '2026-06-11' }, 'input.proofDate', 'AFTER_CLOSURE'],
    ['a closure in the future', { closedOn: '2099-01-01' }, 'input.closedOn', 'IN_FUTURE'],
    [
      'a closure before the return',
      { closedOn: '2024-03-01', proofDate: '2024-02-01' },
      'input.closedOn',
      'BEFORE_START',
    ],
    [
      'an incident on a non-NEW_CONVICTION closure',
      { incidentId: '00000000-0000-0000-0000-000000000000' },
      'input.incidentId',
      'NOT_ALLOWED',
    ],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, CLOSE, expunged(id, extra), id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses NEW_CONVICTION without an incident, with another person’s, or with one of another kind', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const other = await personAt('UNDER_SUPPORT');
    const theirs = await ok(officer, INCIDENT, { returneeId: other, kind: 'NEW_OFFENCE', occurredOn: '2024-08-01' });
    const violation = await ok(officer, INCIDENT, {
      returneeId: id,
      kind: 'ADMINISTRATIVE_VIOLATION',
      occurredOn: '2024-08-01',
    });
    const close = (incidentId: unknown) => ({
      returneeId: id,
      reason: 'NEW_CONVICTION',
      closedOn: '2024-10-01',
      incidentId,
    });
    await refused(officer, CLOSE, close(null), id, {
      code: 'BAD_USER_INPUT',
      field: 'input.incidentId',
      reason: 'REQUIRED',
    });
    for (const incidentId of [theirs.id, violation.id, 'not-a-uuid']) {
      await refused(officer, CLOSE, close(incidentId), id, {
        code: 'BAD_USER_INPUT',
        field: 'input.incidentId',
        reason: 'INVALID_INCIDENT',
      });
    }
  });

  it('refuses EXPUNGED for a person only received (INVALID_TRANSITION), and closing a closed case', async () => {
    const received = await personAt('RECEIVED');
    const res = await refused(officer, CLOSE, expunged(received), received, {
      code: 'INVALID_TRANSITION',
      from: 'RECEIVED',
      to: 'CLOSED',
      reason: 'EXPUNGED_NOT_ALLOWED',
    });
    expect(res.errors?.[0]?.message).toContain('“Đã tiếp nhận” sang “Đã kết thúc”');
    const closed = await personAt('CLOSED');
    await refused(officer, CLOSE, { returneeId: closed, reason: 'OTHER', closedOn: '2024-07-01' }, closed, {
      code: 'INVALID_TRANSITION',
      from: 'CLOSED',
      to: 'CLOSED',
    });
  });
});

describe('reopenCase', () => {
  it('reopens the closure in force into support, keeping the closure on file', async () => {
    const id = await personAt('CLOSED');
    const saved = await ok(officer, REOPEN, { returneeId: id, reason: 'Thông tin qua đời không chính xác' });
    expect(saved).toMatchObject({ status: 'UNDER_SUPPORT' });
    const closures = await db.dataSource.query(
      `SELECT reason, (reopened_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS today, reopen_reason
       FROM case_closure WHERE returnee_id = $1`,
      [id],
    );
    expect(closures).toEqual([{ reason: 'DECEASED', today: true, reopen_reason: 'Thông tin qua đời không chính xác' }]);
    expect(await auditRows(id, 'reopenCase')).toEqual([
      { action: 'reopenCase', object_type: 'Returnee', fields: ['status', 'reopenedOn', 'reopenReason'] },
    ]);
    // Closing again must not date the new closure before the reopening.
    await refused(officer, CLOSE, { returneeId: id, reason: 'OTHER', closedOn: '2024-07-01' }, id, {
      code: 'BAD_USER_INPUT',
      field: 'input.closedOn',
      reason: 'BEFORE_START',
    });
  });

  it.each([
    ['a missing reason', { reason: '   ' }, 'input.reason', 'REQUIRED'],
    ['a reason under 5 characters', { reason: ' sai ' }, 'input.reason', 'TOO_SHORT'],
    ['a reopening in the future', { reopenedOn: '2099-01-01' }, 'input.reopenedOn', 'IN_FUTURE'],
    ['a reopening before the closure', { reopenedOn: '2024-05-31' }, 'input.reopenedOn', 'BEFORE_START'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('CLOSED');
    await refused(officer, REOPEN, { returneeId: id, reason: 'Lý do hợp lệ', ...extra }, id, {
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
  });

  it('refuses to reopen an open case (INVALID_TRANSITION)', async () => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, REOPEN, { returneeId: id, reason: 'Mở lại hồ sơ' }, id, {
      code: 'INVALID_TRANSITION',
      from: 'UNDER_SUPPORT',
      to: 'UNDER_SUPPORT',
    });
  });
});
