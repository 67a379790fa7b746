import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phoneStore, type StoredPerson } from './store';
import { forgetPeopleReadOnline, usePerson } from './use-person';

const person = (id: string, fullName: string): StoredPerson => ({
  id,
  fullName,
  dateOfBirth: '1990-02-03',
  status: 'ACTIVE' as never,
  returnedOn: '2026-01-05',
  residentialGroup: 'Tổ dân phố 3',
  currentAddress: null,
  version: 1,
  helpers: [],
  supports: [],
});

/** A fake /graphql for `returnee(id)`; counts the reads. */
function api(answer: (id: string) => unknown) {
  const reads: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { variables } = JSON.parse(init.body);
      reads.push(variables.id);
      return new Response(JSON.stringify(answer(variables.id)), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return reads;
}
const networkDown = () => vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

beforeEach(async () => {
  await Promise.all([phoneStore().people.clear(), phoneStore().outbox.clear()]);
  forgetPeopleReadOnline();
});
afterEach(() => vi.unstubAllGlobals());

describe('the person a card is about', () => {
  it('is the device’s copy when the device keeps them, without asking the API', async () => {
    await phoneStore().people.put(person('p1', 'Đặng Thị Hoa'));
    const reads = api(() => ({ data: { returnee: null } }));
    const { result } = renderHook(() => usePerson('p1'));
    await waitFor(() =>
      expect(result.current).toMatchObject({ status: 'ready', person: { fullName: 'Đặng Thị Hoa' } }),
    );
    expect(reads).toEqual([]);
  });

  it('is read from the API when not on the device, and never written to the device', async () => {
    const reads = api((id) => ({ data: { returnee: person(id, 'Nguyễn Văn An') } }));
    const { result } = renderHook(() => usePerson('p2'));
    expect(result.current.status).toBe('loading');
    await waitFor(() =>
      expect(result.current).toMatchObject({ status: 'ready', person: { fullName: 'Nguyễn Văn An' } }),
    );
    expect(reads).toEqual(['p2']);
    expect(await phoneStore().people.count()).toBe(0);
  });

  it('is not found when the API answers null (missing or outside the scope)', async () => {
    api(() => ({ data: { returnee: null } }));
    const { result } = renderHook(() => usePerson('p3'));
    await waitFor(() => expect(result.current.status).toBe('not-found'));
  });

  it('is not found when the API refuses the id', async () => {
    api(() => ({ errors: [{ message: 'bad id', extensions: { code: 'BAD_USER_INPUT' } }] }));
    const { result } = renderHook(() => usePerson('not-a-uuid'));
    await waitFor(() => expect(result.current.status).toBe('not-found'));
  });

  it('needs the network when neither the device nor this page load has them', async () => {
    networkDown();
    const { result } = renderHook(() => usePerson('p4'));
    await waitFor(() => expect(result.current.status).toBe('needs-network'));
  });

  it('keeps a person read online in memory, so a form opened after the network dropped still has them', async () => {
    api((id) => ({ data: { returnee: person(id, 'Nguyễn Văn An') } }));
    const card = renderHook(() => usePerson('p5'));
    await waitFor(() => expect(card.result.current.status).toBe('ready'));
    networkDown();
    const form = renderHook(() => usePerson('p5'));
    await waitFor(() => expect(form.result.current).toMatchObject({ status: 'ready', person: { id: 'p5' } }));
  });
});
