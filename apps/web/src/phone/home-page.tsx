import { formatDateVi, normalizeName, todayInVietnam } from '@hoanhap/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { LogoutButton } from './logout-button';
import s from './phone.module.css';
import { useTexts } from './use-texts';
import { phoneStore } from './store';
import { useSync } from './sync-context';
import { STALE_AFTER_MS } from './sync';
import { useLive } from './use-live';

const DAY_MS = 24 * 60 * 60 * 1000;

/** dd/MM/yyyy HH:mm in Việt Nam's time. */
const syncTime = (ms: number) =>
  `${formatDateVi(todayInVietnam(new Date(ms)))} ${new Date(ms).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })}`;

/** The helper's home: what is not yet sent, their people (searchable) and their open tasks. */
export default function HomePage() {
  const { t } = useTexts();
  const { online, syncing, sync } = useSync();
  const [search, setSearch] = useState('');
  const store = phoneStore();
  const people = useLive(() => store.people.toArray(), []);
  const tasks = useLive(() => store.tasks.toArray(), []);
  const unsent = useLive(() => store.outbox.count(), []) ?? 0;
  const lastSync = useLive(async () => Number((await store.meta.get('lastSyncAt'))?.value ?? 0), []);
  const staleDays = lastSync ? Math.floor((Date.now() - lastSync) / DAY_MS) : 0;

  const wanted = normalizeName(search);
  const shown = (people ?? [])
    .filter((p) => !wanted || normalizeName(p.fullName).includes(wanted))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));

  return (
    <main className={s.page}>
      <header className={s.bar}>
        <h1 className={s.title}>{t('home.title')}</h1>
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
      <input
        className={s.input}
        type="search"
        aria-label={t('home.search')}
        placeholder={t('home.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {people?.length === 0 && <p className={s.muted}>{lastSync ? t('home.empty') : t('home.noData')}</p>}
      <ul className={s.list}>
        {shown.map((p) => {
          const days = p.helpers[0]?.daysSinceLastContact;
          return (
            <li key={p.id}>
              <Link to={`/people/${p.id}`} className={s.card}>
                <strong>{p.fullName}</strong>
                <span className={s.muted}>
                  {days == null ? t('home.neverContacted') : t('home.daysSinceContact', { days })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <h2 className={s.subtitle}>{t('home.tasks')}</h2>
      {tasks?.length === 0 && <p className={s.muted}>{t('home.noTasks')}</p>}
      <ul className={s.list}>
        {(tasks ?? []).map((task) => (
          <li key={task.id} className={s.card}>
            <span>{task.title}</span>
            <span className={s.muted}>{t('home.due', { date: formatDateVi(task.dueOn) })}</span>
          </li>
        ))}
      </ul>
      <a href="/dashboard" className={s.footerLink}>
        {t('home.desktop')}
      </a>
    </main>
  );
}
