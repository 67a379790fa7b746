import { addDays, addWorkingDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTaskRules } from '../../src/modules/tasks/task-rules.js';
import { loadWorkingCalendar } from '../../src/modules/tasks/working-calendar.js';
import { loadHolidays } from '../../src/seed/holidays.js';
import { expectBadInput, refusedWrites } from '../utils/assertions.js';
import { assignPrimaryHelper, CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';
import { testSystemContext } from '../utils/system-context.js';

const demo = withDemoServer({
  ...CASEWORK_SPEC,
  logins: ['officer', 'vanDau', 'helper', 'viewer', 'admin'],
});
const { db, client, one, count } = demo;
const today = todayInVietnam();
const month = today.slice(0, 7);
const daysAgo = (n: number) => addDays(today, -n);
const ids = { personA: '', personB: '', personC: '', vanDauPerson: '', helper: '', officer: '', vanDauOfficer: '' };

beforeAll(async () => {
  await db.dataSource.query(`DELETE FROM holiday`);
  await db.dataSource.transaction((tx) => loadHolidays(tx));
  [ids.personA, ids.personB, ids.personC] = (await demo.ids.openPeople('lam-ha')) as [string, string, string];
  ids.vanDauPerson = await demo.ids.anyPerson('van-dau');
  ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
  ids.officer = await demo.ids.user('congan.lamha@hoanhap.local');
  ids.vanDauOfficer = await demo.ids.user('congan.vandau@hoanhap.local');
  await assignPrimaryHelper(client('officer'), {
    returneeId: ids.personA,
    organisationId: await demo.ids.organisation('Hội Phụ nữ phường Lãm Hà'),
    helperUserId: ids.helper,
    startedOn: daysAgo(60),
  });
});

const refused = refusedWrites(count);

describe('task rules', () => {
  let openReturned = 0;

  beforeAll(async () => {
    // Person C was visited two days ago; person B is on probation (and the only one).
    await db.dataSource.query(
      `INSERT INTO contact (returnee_id, contacted_on, channel, recorded_by_id, version) VALUES ($1, $2, 'OFFICE', $3, 1)`,
      [ids.personC, daysAgo(2), ids.officer],
    );
    await db.dataSource.query(`UPDATE returnee SET status = 'UNDER_SUPPORT' WHERE status = 'ON_PROBATION'`);
    await db.dataSource.query(`UPDATE returnee SET status = 'ON_PROBATION' WHERE id = $1`, [ids.personB]);
    // Every demo return is years old and no other contact exists: every other open case is overdue.
    openReturned = (
      await one<{ n: number }>(
        `SELECT count(*)::int AS n FROM returnee WHERE status <> 'CLOSED' AND returned_on IS NOT NULL`,
      )
    ).n;
  });

  it('is the admin’s: others are refused', async () => {
    expect(errorCode(await client('officer').request('mutation { runTaskRules }'))).toBe('FORBIDDEN');
    expect(await count('task')).toBe(0);
  });

  it('creates one no-contact task per silent open case and one assessment per parolee, then nothing more', async () => {
    const res = await client('admin').request<{ runTaskRules: number }>('mutation { runTaskRules }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.runTaskRules).toBe(openReturned - 1 + 1);
    expect(await one(`SELECT fields FROM audit_event WHERE action = 'runTaskRules'`)).toEqual({ fields: [] });
    expect(await client('admin').request('mutation { runTaskRules }')).toMatchObject({ data: { runTaskRules: 0 } });
    expect(await runTaskRules(testSystemContext(db.dataSource), today)).toBe(0);

    const calendar = await loadWorkingCalendar(db.dataSource, Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1);
    const tasksOf = (id: string) =>
      db.dataSource.query('SELECT kind, rule_key, due_on, owner_id FROM task WHERE returnee_id = $1 ORDER BY kind', [
        id,
      ]);
    expect(await tasksOf(ids.personA)).toEqual([
      {
        kind: 'NO_CONTACT',
        rule_key: `no-contact:${ids.personA}:${month}`,
        due_on: addWorkingDays(today, 3, calendar),
        owner_id: ids.helper, // her primary helper gets the reminder
      },
    ]);
    expect(await tasksOf(ids.personB)).toEqual([
      expect.objectContaining({ kind: 'PAROLE_ASSESSMENT', rule_key: `parole-assessment:${ids.personB}:${month}` }),
      expect.objectContaining({ kind: 'NO_CONTACT', owner_id: null }),
    ]);
    expect((await tasksOf(ids.personB))[0].due_on).toBe(`${month}-05`);
    expect(await tasksOf(ids.personC)).toEqual([]);
  });
});

const TASK_FIELDS = 'id kind title dueOn completedAt note owner { id displayName } returnee { id } unit { code }';
const MY = `query ($open: Boolean) { myTasks(open: $open) { ${TASK_FIELDS} } }`;
const COMPLETE = `mutation ($input: CompleteTaskInput!) { completeTask(input: $input) { ${TASK_FIELDS} } }`;
const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;

interface TaskOut {
  id: string;
  kind: string;
  dueOn: string;
  completedAt: string | null;
  owner: { id: string } | null;
  returnee: { id: string } | null;
  unit: { code: string };
}

async function tasks(who: string, query: string, variables: Record<string, unknown> = {}): Promise<TaskOut[]> {
  const res = await client(who).request<Record<string, TaskOut[]>>(query, variables);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0] ?? [];
}

const sortedByDue = (list: TaskOut[]) =>
  list.map((t) => t.dueOn).join() === [...list.map((t) => t.dueOn)].sort().join();

describe('task lists', () => {
  let overdueLamHa = '';
  let overdueVanDau = '';

  beforeAll(async () => {
    const insert = async (returnee: string, owner: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, version)
           SELECT unit_id, id, 'MANUAL', 'Việc quá hạn', $2, $3, 1 FROM returnee WHERE id = $1 RETURNING id`,
          [returnee, daysAgo(3), owner],
        )
      ).id;
    overdueLamHa = await insert(ids.personB, ids.officer);
    overdueVanDau = await insert(ids.vanDauPerson, ids.vanDauOfficer);
  });

  it('gives the helper only her own tasks, with the person and the owner', async () => {
    const mine = await tasks('helper', MY);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'NO_CONTACT',
        owner: { id: ids.helper, displayName: 'Hội viên Hội Phụ nữ phường Lãm Hà' },
        returnee: { id: ids.personA },
        unit: { code: 'lam-ha' },
      }),
    ]);
    expect(await tasks('helper', '{ overdueTasks { id } }')).toEqual([]);
  });

  it('gives the officer her own and the unit’s unowned tasks, earliest due first, never another ward’s', async () => {
    const mine = await tasks('officer', MY);
    expect(mine.map((t) => t.id)).toContain(overdueLamHa);
    expect(mine.map((t) => t.owner?.id)).not.toContain(ids.helper);
    expect(mine.every((t) => t.unit.code === 'lam-ha')).toBe(true);
    expect(sortedByDue(mine)).toBe(true);
  });

  it('lists overdue tasks in scope only', async () => {
    const overdue = await tasks('officer', `{ overdueTasks { ${TASK_FIELDS} } }`);
    expect(overdue.map((t) => t.id)).toContain(overdueLamHa);
    expect(overdue.map((t) => t.id)).not.toContain(overdueVanDau);
    expect(overdue.every((t) => t.dueOn < today && t.completedAt === null)).toBe(true);
    expect(errorCode(await client('viewer').request('{ overdueTasks { id } }'))).toBe('FORBIDDEN');
  });

  it('lists a unit’s tasks for those whose scope holds it', async () => {
    const vanDau = await tasks('vanDau', `query { unitTasks { ${TASK_FIELDS} } }`);
    expect(vanDau.length).toBeGreaterThan(0);
    expect(vanDau.every((t) => t.unit.code === 'van-dau')).toBe(true);
    expect(vanDau.map((t) => t.id)).toContain(overdueVanDau);
    expect(await tasks('vanDau', 'query { unitTasks(open: false) { id } }')).toEqual([]);
    expect(errorCode(await client('officer').request('query { unitTasks(unitCode: "van-dau") { id } }'))).toBe(
      'NOT_FOUND',
    );
    const city = await tasks('admin', `query { unitTasks(unitCode: "hai-phong", open: true) { ${TASK_FIELDS} } }`);
    expect(new Set(city.map((t) => t.unit.code))).toEqual(new Set(['lam-ha', 'van-dau']));
  });
});

describe('completeTask', () => {
  it('lets the helper complete her own task once, with an audit row', async () => {
    const [task] = await tasks('helper', MY);
    const res = await client('helper').request<{ completeTask: TaskOut }>(COMPLETE, {
      input: { taskId: task?.id, note: 'Đã đến thăm' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.completeTask).toMatchObject({ id: task?.id, note: 'Đã đến thăm' });
    expect(res.data?.completeTask.completedAt).toBeTruthy();
    expect(await one('SELECT completed_by_id FROM task WHERE id = $1', [task?.id])).toEqual({
      completed_by_id: ids.helper,
    });
    expect(
      await one(`SELECT fields FROM audit_event WHERE action = 'completeTask' AND object_id = $1`, [task?.id]),
    ).toEqual({ fields: ['completedAt', 'note'] });
    expect(await tasks('helper', MY)).toEqual([]);
    expect((await tasks('helper', MY, { open: false })).map((t) => t.id)).toEqual([task?.id]);

    const again = await client('helper').request(COMPLETE, { input: { taskId: task?.id } });
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
  });

  it('answers NOT_FOUND for tasks that are not the helper’s or outside the scope, and FORBIDDEN to viewers', async () => {
    const officerTask = (await tasks('officer', MY))[0] as TaskOut;
    const openBefore = await one<{ n: number }>('SELECT count(*)::int AS n FROM task WHERE completed_at IS NULL');
    expect(errorCode(await client('helper').request(COMPLETE, { input: { taskId: officerTask.id } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await client('vanDau').request(COMPLETE, { input: { taskId: officerTask.id } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await client('officer').request(COMPLETE, { input: { taskId: 'nope' } }))).toBe('NOT_FOUND');
    expect(errorCode(await client('viewer').request(COMPLETE, { input: { taskId: officerTask.id } }))).toBe(
      'FORBIDDEN',
    );
    expect(await one('SELECT count(*)::int AS n FROM task WHERE completed_at IS NULL')).toEqual(openBefore);
  });
});

describe('createTask', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    returneeId: ids.personA,
    title: 'Mời tham gia lớp học nghề',
    dueOn: addDays(today, 7),
    ownerId: ids.helper,
    ...overrides,
  });

  it('writes a MANUAL task for the person’s helper, with an audit row', async () => {
    const res = await client('officer').request<{ createTask: TaskOut }>(CREATE, { input: input() });
    expect(res.errors).toBeUndefined();
    const task = res.data?.createTask as TaskOut;
    expect(task).toMatchObject({ kind: 'MANUAL', dueOn: addDays(today, 7), owner: { id: ids.helper } });
    expect(await one('SELECT rule_key, returnee_id FROM task WHERE id = $1', [task.id])).toEqual({
      rule_key: null,
      returnee_id: ids.personA,
    });
    expect(
      await one(`SELECT fields FROM audit_event WHERE action = 'createTask' AND object_id = $1`, [task.id]),
    ).toEqual({
      fields: ['returneeId', 'title', 'dueOn', 'ownerId'],
    });
    expect((await tasks('helper', MY)).map((t) => t.id)).toEqual([task.id]);
    const onPerson = await client('officer').request<{ returnee: { open: TaskOut[]; all: TaskOut[] } }>(
      `query ($id: ID!) { returnee(id: $id) { open: tasks(open: true) { id } all: tasks { id kind } } }`,
      { id: ids.personA },
    );
    expect(onPerson.data?.returnee.open).toEqual([{ id: task.id }]);
    expect(onPerson.data?.returnee.all).toHaveLength(2);
  });

  it.each([
    ['a helper not assigned to the person', () => input({ returneeId: ids.personB }), 'input.ownerId', 'NOT_ASSIGNED'],
    ['an owner from another ward', () => input({ ownerId: ids.vanDauOfficer }), 'input.ownerId', 'NOT_FOUND'],
    ['a due date in the past', () => input({ dueOn: daysAgo(1) }), 'input.dueOn', 'IN_PAST'],
    ['an empty title', () => input({ title: '' }), 'input.title', 'REQUIRED'],
  ])('refuses %s with the field named, and writes nothing', async (_label, make, field, reason) => {
    expectBadInput(await refused('task', client('officer'), CREATE, make()), field, reason);
  });

  it('answers NOT_FOUND to the Văn Đẩu officer and FORBIDDEN to helpers', async () => {
    expect(errorCode(await refused('task', client('vanDau'), CREATE, input({ ownerId: null })))).toBe('NOT_FOUND');
    expect(errorCode(await refused('task', client('helper'), CREATE, input()))).toBe('FORBIDDEN');
  });

  it('hides the person of a helper’s task once the person is no longer assigned to her', async () => {
    const { id } = await one<{ id: string }>(
      `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, version)
       SELECT unit_id, id, 'MANUAL', 'Việc cũ', $2, $3, 1 FROM returnee WHERE id = $1 RETURNING id`,
      [ids.personB, addDays(today, 1), ids.helper],
    );
    const mine = await tasks('helper', MY);
    expect(mine.find((t) => t.id === id)).toMatchObject({ returnee: null, owner: { id: ids.helper } });
  });
});
