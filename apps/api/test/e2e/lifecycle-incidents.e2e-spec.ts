import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { INCIDENT, withLifecycleServer } from '../utils/lifecycle.js';

/*
 * Incidents on an open case: sensitive (only the person's officer sees or records them), dated
 * within the case, and refused on a closed case.
 */

const { officer, signIn: signedIn, personAt, refused, auditRows, casePerson: person } = withLifecycleServer();

describe('recordIncident', () => {
  it('records an incident the officer sees and other roles see as an empty list', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const saved = await ok(officer, INCIDENT, {
      returneeId: id,
      kind: 'ADMINISTRATIVE_VIOLATION',
      occurredOn: '2024-05-10',
      note: 'Vi phạm trật tự công cộng',
    });
    expect(saved).toMatchObject({ kind: 'ADMINISTRATIVE_VIOLATION', occurredOn: '2024-05-10' });
    expect(await auditRows(id, 'recordIncident')).toEqual([
      { action: 'recordIncident', object_type: 'Incident', fields: ['kind', 'occurredOn', 'note'] },
    ]);
    expect((await person(officer, id))?.incidents).toEqual([
      { kind: 'ADMINISTRATIVE_VIOLATION', occurredOn: '2024-05-10', note: 'Vi phạm trật tự công cộng' },
    ]);
    for (const email of ['ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local']) {
      const seen = await person(await signedIn(email), id);
      expect(seen).toMatchObject({ id, incidents: [] });
    }
  });

  it.each([
    ['an incident in the future', { occurredOn: '2099-01-01' }, 'input.occurredOn', 'IN_FUTURE'],
    ['an incident before the person returned', { occurredOn: '2024-03-04' }, 'input.occurredOn', 'BEFORE_START'],
    ['a note over 2,000 characters', { note: 'x'.repeat(2001) }, 'input.note', 'TOO_LONG'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, INCIDENT, { returneeId: id, kind: 'DETAINED', occurredOn: '2024-05-10', ...extra }, id, {
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
  });

  it('refuses an incident on a closed case (CONFLICT)', async () => {
    const id = await personAt('CLOSED');
    await refused(officer, INCIDENT, { returneeId: id, kind: 'DETAINED', occurredOn: '2024-07-10' }, id, {
      code: 'CONFLICT',
      reason: 'CASE_CLOSED',
    });
  });

  it('lets only the person’s own officer record one', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const input = { returneeId: id, kind: 'DETAINED', occurredOn: '2024-05-10' };
    await refused(await signedIn('congan.vandau@hoanhap.local'), INCIDENT, input, id, { code: 'NOT_FOUND' });
    for (const email of ['phunu.lamha@hoanhap.local', 'ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local']) {
      await refused(await signedIn(email), INCIDENT, input, id, { code: 'FORBIDDEN' });
    }
  });
});
