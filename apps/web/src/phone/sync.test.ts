import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneStore } from './store';
import { discard, EXPIRE_AFTER_MS, enqueue, expireStale, keepMine, syncNow } from './sync';

type Answer = { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };

/** A fake /graphql answering by operation name; records what was sent. */
function api(answers: Record<string, (variables: Record<string, unknown>) => Answer>) {
  const sent: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { query, variables } = JSON.parse(init.body);
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      sent.push({ operation, variables });
      const answer = answers[operation]?.(variables) ?? { data: {} };
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const signedIn = {
  PhoneMe: () => ({ data: { me: { id: 'helper-1', displayName: 'Hội Phụ nữ', role: 'HELPER' } } }),
  PhoneCaseload: () => ({
    data: { helperCaseload: [{ id: 'p1', fullName: 'Đặng Thị Hoa', helpers: [], supports: [] }] },
  }),
  PhoneTasks: () => ({ data: { myTasks: [] } }),
  PhoneRecordContact: () => ({ data: { recordContact: { id: 'c1' } } }),
};

/** An officer: the API refuses `helperCaseload` without a helper named, as it does for real. */
const officer = {
  PhoneMe: () => ({ data: { me: { id: 'officer-1', displayName: 'Công an xã', role: 'OFFICER' } } }),
  PhoneCaseload: () => ({
    errors: [{ message: 'helper required', extensions: { code: 'BAD_USER_INPUT', reason: 'REQUIRED' } }],
  }),
  PhoneTasks: () => ({
    data: { myTasks: [{ id: 't1', title: 'Gặp gỡ', dueOn: '2026-12-10', returnee: { id: 'p9' } }] },
  }),
  PhoneRecordContact: () => ({ data: { recordContact: { id: 'c1' } } }),
};

const staleUpdate = {
  ...signedIn,
  PhoneUpdateSupport: () => ({
    errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 2 } }],
  }),
};
const acceptedUpdate = {
  ...signedIn,
  PhoneUpdateSupport: () => ({ data: { updateSupportStatus: { id: 's1', version: 3 } } }),
};
const reportFails = {
  ...signedIn,
  PhoneReportDeviceSync: () => ({ errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
};
const sessionEnded = {
  PhoneRecordContact: () => ({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }),
};

const contact = (n: number) => ({
  kind: 'recordContact' as const,
  input: { returneeId: 'p1', contactedOn: '2026-12-01', channel: 'HOME_VISIT' as never, nextAction: `lần ${n}` },
});

let store: PhoneStore;
beforeEach(() => {
  store = new PhoneStore(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await store.delete();
});

describe('the offline queue', () => {
  it('sends queued changes oldest first, each with its own key, and empties the outbox', async () => {
    for (const n of [1, 2, 3]) await enqueue(store, 'p1', contact(n));
    const sent = api(signedIn);
    expect(await syncNow(store)).toBe('synced');
    const contacts = sent.filter((s) => s.operation === 'PhoneRecordContact');
    expect(contacts.map((s) => (s.variables.input as { nextAction: string }).nextAction)).toEqual([
      'lần 1',
      'lần 2',
      'lần 3',
    ]);
    expect(new Set(contacts.map((s) => (s.variables.input as { idempotencyKey: string }).idempotencyKey)).size).toBe(3);
    expect(await store.outbox.count()).toBe(0);
    expect(await store.people.count()).toBe(1);
  });

  it('keeps everything queued when the network is down, and sends the same key again later', async () => {
    const key = await enqueue(store, 'p1', contact(1));
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await syncNow(store)).toBe('offline');
    expect(await store.outbox.count()).toBe(1);
    const sent = api(signedIn);
    await syncNow(store);
    expect(sent[0]?.variables.input).toMatchObject({ idempotencyKey: key });
  });

  it('parks a stale support update as a conflict; keep mine sends it again on the server’s version', async () => {
    await enqueue(store, 'p1', {
      kind: 'updateSupportStatus',
      input: { supportId: 's1', status: 'DONE' as never, completedOn: '2026-12-01', version: 1 },
    });
    await enqueue(store, 'p1', contact(1));
    api(staleUpdate);
    await syncNow(store);
    const [parked] = await store.outbox.toArray();
    expect(parked).toMatchObject({ state: 'conflict', serverVersion: 2 });
    expect(await store.outbox.count()).toBe(1); // the contact after it went on
    if (!parked) throw new Error('no conflict parked');
    await keepMine(store, parked);
    const sent = api(acceptedUpdate);
    await syncNow(store);
    expect(sent.find((s) => s.operation === 'PhoneUpdateSupport')?.variables.input).toMatchObject({ version: 2 });
    expect(await store.outbox.count()).toBe(0);
  });

  it('tells the server after each successful sync, and not when the network is down', async () => {
    await enqueue(store, 'p1', contact(1));
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await syncNow(store)).toBe('offline');
    const sent = api(signedIn);
    expect(await syncNow(store)).toBe('synced');
    // Last, once the changes are sent and the people and tasks read again.
    expect(sent.at(-1)?.operation).toBe('PhoneReportDeviceSync');
    expect(sent.filter((s) => s.operation === 'PhoneReportDeviceSync')).toHaveLength(1);
  });

  it('still counts a sync whose report alone failed (the next sync reports)', async () => {
    api(reportFails);
    const now = Date.now();
    expect(await syncNow(store, now)).toBe('synced');
    expect((await store.meta.get('lastSyncAt'))?.value).toBe(now);
  });

  it('keep theirs drops the change', async () => {
    await enqueue(store, 'p1', contact(1));
    const [entry] = await store.outbox.toArray();
    if (entry) await discard(store, entry);
    expect(await store.outbox.count()).toBe(0);
  });

  it('wipes the device when the session has ended (signed out or revoked for a lost phone)', async () => {
    api(signedIn);
    await syncNow(store);
    await enqueue(store, 'p1', contact(1));
    api(sessionEnded);
    expect(await syncNow(store)).toBe('signed-out');
    expect([await store.people.count(), await store.outbox.count(), await store.meta.count()]).toEqual([0, 0, 0]);
  });

  it('deletes people and tasks after 7 days without a sync, keeping the unsent changes', async () => {
    const now = Date.now();
    api(signedIn);
    await syncNow(store, now);
    await enqueue(store, 'p1', contact(1));
    expect(await expireStale(store, now + EXPIRE_AFTER_MS - 1000)).toBeGreaterThan(0);
    expect(await store.people.count()).toBe(1);
    await expireStale(store, now + EXPIRE_AFTER_MS + 1000);
    expect(await store.people.count()).toBe(0);
    expect(await store.outbox.count()).toBe(1);
  });
});

describe('what the device keeps for each role', () => {
  it('keeps a helper’s caseload and tasks', async () => {
    const sent = api(signedIn);
    expect(await syncNow(store)).toBe('synced');
    expect(sent.map((s) => s.operation)).toContain('PhoneCaseload');
    expect(await store.people.count()).toBe(1);
  });

  it('keeps an officer’s tasks and no people, without asking for a caseload', async () => {
    const sent = api(officer);
    expect(await syncNow(store)).toBe('synced');
    expect(sent.map((s) => s.operation)).not.toContain('PhoneCaseload');
    expect(await store.people.count()).toBe(0);
    expect((await store.tasks.toArray()).map((t) => t.id)).toEqual(['t1']);
    // The home reads the role to offer the online search instead of a caseload.
    expect((await store.meta.get('role'))?.value).toBe('OFFICER');
  });

  it('sends an officer’s contacts recorded offline through the same outbox', async () => {
    await enqueue(store, 'p9', { ...contact(1), input: { ...contact(1).input, returneeId: 'p9' } });
    const sent = api(officer);
    expect(await syncNow(store)).toBe('synced');
    expect(sent.find((s) => s.operation === 'PhoneRecordContact')?.variables.input).toMatchObject({ returneeId: 'p9' });
    expect(await store.outbox.count()).toBe(0);
  });

  it('drops the helper’s people when an officer signs in on the same device', async () => {
    api(signedIn);
    await syncNow(store);
    expect(await store.people.count()).toBe(1);
    api(officer);
    await syncNow(store);
    expect(await store.people.count()).toBe(0);
    expect((await store.meta.get('userId'))?.value).toBe('officer-1');
  });
});
