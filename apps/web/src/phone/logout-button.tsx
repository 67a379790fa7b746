import { useState } from 'react';
import { signOut, unsentChanges } from './logout';
import s from './phone.module.css';
import type { PhoneStore } from './store';
import { useTexts } from './use-texts';

interface Props {
  store: PhoneStore;
  online: boolean;
  /** Sends the outbox (the app's sync). */
  sync: () => Promise<void>;
  /** Where the app goes once signed out (the sign-in page). */
  onSignedOut: () => void;
}

/**
 * "Đăng xuất": signing out wipes the device, so while the outbox holds changes the helper is warned
 * first and chooses to send them (signing out once all are sent), sign out anyway, or stay.
 */
export function LogoutButton({ store, online, sync, onSignedOut }: Props) {
  const { t } = useTexts();
  const [unsent, setUnsent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function leave() {
    await signOut(store);
    onSignedOut();
  }

  async function leaveUnlessUnsent(send: boolean) {
    setBusy(true);
    try {
      if (send) await sync();
      const left = await unsentChanges(store);
      if (left === 0) await leave();
      else setUnsent(left);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={s.ghost} disabled={busy} onClick={() => void leaveUnlessUnsent(false)}>
        {t('home.logout')}
      </button>
      {unsent !== null && (
        <div className={s.confirm} role="alertdialog" aria-labelledby="logout-warning">
          <p id="logout-warning" className={s.warning}>
            {t('logout.unsentWarning', { count: unsent })}
          </p>
          <div className={s.actions}>
            <button
              type="button"
              className={s.primary}
              disabled={!online || busy}
              onClick={() => void leaveUnlessUnsent(true)}
            >
              {t('logout.sendFirst')}
            </button>
            <button type="button" className={s.secondary} disabled={busy} onClick={() => void leave()}>
              {t('logout.anyway')}
            </button>
            <button type="button" className={s.ghost} disabled={busy} onClick={() => setUnsent(null)}>
              {t('logout.stay')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
