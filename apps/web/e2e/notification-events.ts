import { addDays, todayInVietnam } from '@hoanhap/shared';
import { type ApiSession, apiSession } from './api-session';

/*
 * The events the notification browser tests make through the API, as the people who would cause
 * them, so each test starts from what it made and undoes what other test files could notice.
 */

export const ADMIN = 'admin@hoanhap.local';
export const OFFICER = 'congan.lamha@hoanhap.local';
export const HELPER = 'phunu.lamha@hoanhap.local';
export const COMMITTEE = 'ubnd.lamha@hoanhap.local';
/** The person a release notice is recorded for in the SMS test (no demo person has this name). */
export const NOTICE_PERSON = 'Đỗ Văn Thử (thử thông báo)';

const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
export const UPDATE_PREFERENCES = `mutation ($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { phone } }`;
export const CONFIGURE_CHANNEL = `mutation ($input: ConfigureNotificationChannelInput!) {
  configureNotificationChannel(input: $input) { enabled } }`;
const SMS_DELIVERIES = `{ notificationDeliveries(filter: { channel: SMS, kind: RELEASE_NOTICE }, first: 10) {
  edges { node { id kind status attempts lastError } } } }`;

interface Deliveries {
  notificationDeliveries: { edges: Array<{ node: { kind: string; status: string; lastError: string | null } }> };
}

/** Runs `work` with signed-in API sessions of `emails`, and signs them out whatever happens. */
export async function asUsers<T>(
  baseUrl: string,
  emails: string[],
  work: (...sessions: ApiSession[]) => Promise<T>,
): Promise<T> {
  const sessions = await Promise.all(emails.map((email) => apiSession(baseUrl, email)));
  try {
    return await work(...sessions);
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
}

/**
 * Gives the demo helper `titles.length` new tasks from the ward's officer, after marking all her
 * notifications read (what the clock's rules told her at start is not these tests' business).
 * Returns the person the tasks are about.
 */
export function giveHelperTasks(baseUrl: string, titles: string[]): Promise<{ fullName: string; taskIds: string[] }> {
  return asUsers(baseUrl, [HELPER, OFFICER], async (helper, officer) => {
    const mine = await helper.call<{ me: { id: string }; helperCaseload: Array<{ id: string; fullName: string }> }>(
      '{ me { id } helperCaseload { id fullName } }',
    );
    await helper.call('mutation { markNotificationsRead(input: { all: true }) }');
    const person = mine.helperCaseload[0];
    if (!person) throw new Error('the demo helper has nobody assigned');
    const taskIds: string[] = [];
    for (const title of titles) {
      const input = { returneeId: person.id, title, dueOn: addDays(todayInVietnam(), 7), ownerId: mine.me.id };
      taskIds.push((await officer.call<{ createTask: { id: string } }>(CREATE_TASK, { input })).createTask.id);
    }
    return { fullName: person.fullName, taskIds };
  });
}

/** Completes the tasks a test gave, so the helper's task list is as other test files expect it. */
export function completeTasks(baseUrl: string, taskIds: string[]): Promise<void> {
  return asUsers(baseUrl, [OFFICER], async (officer) => {
    for (const taskId of taskIds) {
      await officer.call('mutation ($input: CompleteTaskInput!) { completeTask(input: $input) { id } }', {
        input: { taskId, note: 'Hoàn thành (thử thông báo)' },
      });
    }
  });
}

/** The statuses of the release notice's SMS deliveries, as the administrator's log has them. */
export async function smsStatuses(admin: ApiSession): Promise<string[]> {
  const { notificationDeliveries } = await admin.call<Deliveries>(SMS_DELIVERIES);
  return notificationDeliveries.edges.map((edge) => edge.node.status);
}

/**
 * Creates a second officer in Lãm Hà who wants SMS at any hour, then has the ward's officer record
 * a release notice (for a person registered here, not yet home), which tells the other officers.
 * Returns the new officer's id.
 */
export async function releaseNoticeToColleague(baseUrl: string, admin: ApiSession): Promise<string> {
  const email = `canbo.thu.${Date.now()}@hoanhap.local`;
  const password = 'mat-khau-thu-thong-bao';
  const { createUser } = await admin.call<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, password, displayName: 'Cán bộ thử thông báo', role: 'OFFICER', unitCode: 'lam-ha' } },
  );
  const colleague = await apiSession(baseUrl, email, password);
  try {
    await colleague.call(UPDATE_PREFERENCES, { input: { phone: '0912 345 679', quietStartHour: 0, quietEndHour: 0 } });
  } finally {
    await colleague.close();
  }
  await asUsers(baseUrl, [OFFICER], async (officer) => {
    const { registerReturnee } = await officer.call<{ registerReturnee: { id: string } }>(
      'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }',
      { input: { fullName: NOTICE_PERSON } },
    );
    await officer.call('mutation ($input: RecordReleaseNoticeInput!) { recordReleaseNotice(input: $input) { id } }', {
      input: {
        returneeId: registerReturnee.id,
        receivedOn: todayInVietnam(),
        prison: 'Trại giam Xuân Nguyên',
        statedAddress: 'Tổ dân phố 3, phường Lãm Hà',
      },
    });
  });
  return createUser.id;
}
