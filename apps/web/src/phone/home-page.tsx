import { formatDateVi, Role, todayInVietnam } from '@hoanhap/shared';
import { Link } from 'react-router';
import { CaseloadList } from './caseload-list';
import { LogoutButton } from './logout-button';
import { OfficerSearch } from './officer-search';
import s from './phone.module.css';
import { useTexts } from './use-texts';
import { phoneStore } from './store';
import { useSync } from './sync-context';
import { STALE_AFTER_MS } from './sync';
import { TaskList } from './task-list';
import { useLive } from './use-live';

const DAY_MS = 24 * 60 * 60 * 1000;

/** dd/MM/yyyy HH:mm in Việt Nam's time. */
const syncTime = (ms: number) =>
  `${formatDateVi(todayInVietnam(new Date(ms)))} ${new Date(ms).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })}`;

/**
 * The home: what is not yet sent, the people and the user's open tasks. A helper's people are
 * their caseload on the device; an officer searches the people of their unit online.
 */
export default function HomePage() {
  const { t } = useTexts();
  const { online, syncing, sync } = useSync();
  const store = phoneStore();
  const role = useLive(async () => (await store.meta.get('role'))?.value ?? null, []);
  const officer = role != null && role !== Role.HELPER;
  const tasks = useLive(() => store.tasks.toArray(), []);
  const unsent = useLive(() => store.outbox.count(), []) ?? 0;
  const lastSync = useLive(async () => Number((await store.meta.get('lastSyncAt'))?.value ?? 0), []);
  const staleDays = lastSync ? Math.floor((Date.now() - lastSync) / DAY_MS) : 0;

  return (
    <main className={s.page}>
      <header className={s.bar}>
        <h1 className={s.title}>{officer ? t('home.officerTitle') : t('home.title')}</h1>
        <LogoutButton store={store} online={online} sync={sync} onSignedOut={() => window.location.assign('/login')} />
      </header>
      {!online && <p className={s.notice}>{t('home.offline')}</p>}
      {lastSync !== undefined && lastSync > 0 && Date.now() - lastSync > STALE_AFTER_MS && (
        <p className={s.warning} role="alert">
          {t('home.staleWarning', { days: staleDays })}
        </p>
      )}
      <Link to="/outbox" className={s.unsent} data-testid="unsent-count" data-count={unsent}>
        {unsent > 0 ? t('home.unsent', { count: unsent }) : t('home.allSent')}
      </Link>
      <div className={s.row}>
        <span className={s.muted}>
          {lastSync ? t('home.lastSync', { when: syncTime(lastSync) }) : t('home.neverSynced')}
        </span>
        <button type="button" className={s.ghost} disabled={!online || syncing} onClick={() => void sync()}>
          {t('home.syncNow')}
        </button>
      </div>
      {officer ? <OfficerSearch online={online} /> : <CaseloadList synced={!!lastSync} />}
      <TaskList tasks={tasks} />
      <a href="/dashboard" className={s.footerLink}>
        {t('home.desktop')}
      </a>
    </main>
  );
}
