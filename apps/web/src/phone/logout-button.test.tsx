import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import vi_ from '../locales/phone/vi.json';
import { LogoutButton } from './logout-button';
import { PhoneStore } from './store';
import { enqueue } from './sync';

// The phone's own texts, apart from the desktop's that the test set-up loads.
const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({ resources: { vi: { translation: vi_ } }, lng: 'vi', interpolation: { escapeValue: false } });
});

const contact = {
  kind: 'recordContact' as const,
  input: { returneeId: 'p1', contactedOn: '2026-12-01', channel: 'HOME_VISIT' as never },
};

/** A fake /graphql that answers the logout and records what was sent. */
function api() {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      sent.push(/mutation (\w+)/.exec(JSON.parse(init.body).query)?.[1] ?? '');
      return new Response(JSON.stringify({ data: { logout: true } }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}

let store: PhoneStore;
beforeEach(async () => {
  store = new PhoneStore(`test-${crypto.randomUUID()}`);
  await store.meta.put({ name: 'userId', value: 'helper-1' });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await store.delete();
});

function renderButton(sync: () => Promise<void> = async () => {}, online = true) {
  const onSignedOut = vi.fn();
  render(
    <I18nextProvider i18n={texts}>
      <LogoutButton store={store} online={online} sync={sync} onSignedOut={onSignedOut} />
    </I18nextProvider>,
  );
  return onSignedOut;
}
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('signing out on the phone', () => {
  it('signs out and wipes the device at once when nothing is waiting to be sent', async () => {
    const sent = api();
    const onSignedOut = renderButton();
    click('Đăng xuất');
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(sent).toEqual(['PhoneLogout']);
    expect(await store.meta.count()).toBe(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('warns first when changes are unsent, and signing out anyway deletes them', async () => {
    await enqueue(store, 'p1', contact);
    await enqueue(store, 'p1', contact);
    const sent = api();
    const onSignedOut = renderButton();
    click('Đăng xuất');
    const warning = await screen.findByRole('alertdialog');
    expect(warning.textContent).toContain('Còn 2 thay đổi chưa gửi. Đăng xuất sẽ xoá chúng khỏi máy này.');
    expect(sent).toEqual([]);
    expect(await store.outbox.count()).toBe(2);
    click('Vẫn đăng xuất');
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(sent).toEqual(['PhoneLogout']);
    expect(await store.outbox.count()).toBe(0);
  });

  it('"send first" sends the outbox, then signs out once everything has gone', async () => {
    await enqueue(store, 'p1', contact);
    const sent = api();
    const sync = vi.fn(async () => {
      await store.outbox.clear();
    });
    const onSignedOut = renderButton(sync);
    click('Đăng xuất');
    await screen.findByRole('alertdialog');
    click('Gửi trước');
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(sync).toHaveBeenCalledOnce();
    expect(sent).toEqual(['PhoneLogout']);
  });

  it('stays signed in with the new count when some changes could not be sent, and offers no sending offline', async () => {
    await enqueue(store, 'p1', contact);
    await enqueue(store, 'p1', contact);
    const sent = api();
    const first = await store.outbox.orderBy('seq').first();
    const sync = vi.fn(async () => {
      await store.outbox.delete(first?.seq as number);
    });
    const onSignedOut = renderButton(sync);
    click('Đăng xuất');
    await screen.findByRole('alertdialog');
    click('Gửi trước');
    await waitFor(() => expect(screen.getByRole('alertdialog').textContent).toContain('Còn 1 thay đổi chưa gửi'));
    expect(onSignedOut).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    click('Ở lại');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await store.outbox.count()).toBe(1);
  });
});

describe('signing out offline', () => {
  it('disables "send first" without a network', async () => {
    await enqueue(store, 'p1', contact);
    api();
    renderButton(async () => {}, false);
    click('Đăng xuất');
    await screen.findByRole('alertdialog');
    expect((screen.getByRole('button', { name: 'Gửi trước' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
