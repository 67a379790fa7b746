import { Role, SYNC_STALE_DAYS } from '@hoanhap/shared';
import type {
  PhoneCaseloadQuery,
  PhoneMeQuery,
  PhoneRecordContactMutation,
  PhoneRecordSupportMutation,
  PhoneReportDeviceSyncMutation,
  PhoneTasksQuery,
  PhoneUpdateSupportMutation,
} from '../gql/graphql';
import { OfflineError, RefusedError, request, SessionEndedError } from './api';
import CASELOAD from './graphql/caseload.graphql?raw';
import ME from './graphql/me.graphql?raw';
import RECORD_CONTACT from './graphql/record-contact.graphql?raw';
import RECORD_SUPPORT from './graphql/record-support.graphql?raw';
import REPORT_DEVICE_SYNC from './graphql/report-device-sync.graphql?raw';
import TASKS from './graphql/tasks.graphql?raw';
import UPDATE_SUPPORT from './graphql/update-support.graphql?raw';
import { withPersonFragment } from './person-fragment';
import type { Change, OutboxEntry, PhoneStore } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;
/** After this long without a sync the home screen warns the helper (and the server notifies them). */
export const STALE_AFTER_MS = SYNC_STALE_DAYS * DAY_MS;
/** After this long without a sync the people and tasks on the device are deleted (the outbox stays). */
export const EXPIRE_AFTER_MS = 7 * DAY_MS;

export type SyncOutcome = 'synced' | 'offline' | 'signed-out';

/** Puts a change in the outbox with a fresh idempotency key. */
export async function enqueue(
  store: PhoneStore,
  returneeId: string,
  change: Change,
  now = Date.now(),
): Promise<string> {
  const key = crypto.randomUUID();
  await store.outbox.add({ key, returneeId, change, state: 'pending', createdAt: now });
  return key;
}

/** Sends one change with its key; the API writes it once however often it arrives. */
async function send(entry: OutboxEntry): Promise<void> {
  const { change, key } = entry;
  if (change.kind === 'recordContact') {
    await request<PhoneRecordContactMutation>(RECORD_CONTACT, { input: { ...change.input, idempotencyKey: key } });
  } else if (change.kind === 'recordSupport') {
    await request<PhoneRecordSupportMutation>(RECORD_SUPPORT, { input: { ...change.input, idempotencyKey: key } });
  } else {
    await request<PhoneUpdateSupportMutation>(UPDATE_SUPPORT, { input: { ...change.input, idempotencyKey: key } });
  }
}

/**
 * Sends the pending changes oldest first, then refreshes the people and tasks. A conflict (the
 * record changed on the server since the helper read it) or a refusal parks that change for the
 * helper to decide and the rest go on; no network stops the run with everything left queued; an
 * ended session (logged out elsewhere, expired, or revoked by the officer for a lost phone) wipes
 * the device.
 */
export async function syncNow(store: PhoneStore, now = Date.now()): Promise<SyncOutcome> {
  try {
    const pending = await store.outbox.where('state').equals('pending').sortBy('seq');
    for (const entry of pending) {
      try {
        await send(entry);
        await store.outbox.delete(entry.seq as number);
      } catch (error) {
        if (!(error instanceof RefusedError)) throw error;
        const conflict = error.code === 'CONFLICT';
        await store.outbox.update(entry.seq as number, {
          state: conflict ? 'conflict' : 'refused',
          serverVersion: conflict ? Number(error.extensions.currentVersion) : undefined,
          reason: conflict ? undefined : String(error.extensions.reason ?? error.code),
        });
      }
    }
    await refresh(store, now);
    await reportSynced();
    return 'synced';
  } catch (error) {
    if (error instanceof SessionEndedError) {
      await wipe(store);
      return 'signed-out';
    }
    if (error instanceof OfflineError) return 'offline';
    throw error;
  }
}

/**
 * Reads the people and tasks again; a different user on this device starts from empty. Only a
 * helper's caseload is kept on the device: an officer's view is the whole unit, too wide to carry
 * on a phone, so their device keeps their tasks and no people (their cards are read online).
 */
async function refresh(store: PhoneStore, now: number): Promise<void> {
  const { me } = await request<PhoneMeQuery>(ME);
  if (!me) throw new SessionEndedError('no session');
  const owner = await store.meta.get('userId');
  if (owner && owner.value !== me.id) await wipe(store);
  const [people, { myTasks }] = await Promise.all([
    me.role === Role.HELPER
      ? request<PhoneCaseloadQuery>(withPersonFragment(CASELOAD)).then((data) => data.helperCaseload)
      : [],
    request<PhoneTasksQuery>(TASKS),
  ]);
  await store.transaction('rw', store.people, store.tasks, store.meta, async () => {
    await store.people.clear();
    await store.people.bulkPut(people);
    await store.tasks.clear();
    await store.tasks.bulkPut(myTasks);
    await store.meta.bulkPut([
      { name: 'userId', value: me.id },
      { name: 'role', value: me.role },
      { name: 'lastSyncAt', value: now },
    ]);
  });
}

/**
 * Tells the server the sync finished, so it stops (or never starts) notifying the helper that this
 * device has not synced. The sync itself has succeeded: if only this call fails (the network
 * dropped just now), the next sync reports instead; an ended session still wipes the device.
 */
async function reportSynced(): Promise<void> {
  try {
    await request<PhoneReportDeviceSyncMutation>(REPORT_DEVICE_SYNC);
  } catch (error) {
    if (error instanceof SessionEndedError) throw error;
  }
}

/** "Keep mine": send the change again against the version the server has now. */
export async function keepMine(store: PhoneStore, entry: OutboxEntry): Promise<void> {
  if (entry.change.kind !== 'updateSupportStatus' || entry.serverVersion == null) return;
  const change: Change = { ...entry.change, input: { ...entry.change.input, version: entry.serverVersion } };
  await store.outbox.update(entry.seq as number, { change, state: 'pending', serverVersion: undefined });
}

/** "Keep theirs" (or give up a refused change): the change is dropped from the device. */
export async function discard(store: PhoneStore, entry: OutboxEntry): Promise<void> {
  await store.outbox.delete(entry.seq as number);
}

/** Deletes everything the device holds: at logout, when the session ends, for another user. */
export async function wipe(store: PhoneStore): Promise<void> {
  await store.transaction('rw', store.people, store.tasks, store.outbox, store.meta, async () => {
    await Promise.all([store.people.clear(), store.tasks.clear(), store.outbox.clear(), store.meta.clear()]);
  });
}

/**
 * On start: people and tasks not synced for 7 days are deleted (what the helper typed stays until
 * it is sent or they sign out). Answers how long it has been since the last sync, if ever.
 */
export async function expireStale(store: PhoneStore, now = Date.now()): Promise<number | null> {
  const last = await store.meta.get('lastSyncAt');
  if (!last) return null;
  const age = now - Number(last.value);
  if (age > EXPIRE_AFTER_MS) {
    await store.transaction('rw', store.people, store.tasks, async () => {
      await Promise.all([store.people.clear(), store.tasks.clear()]);
    });
  }
  return age;
}
