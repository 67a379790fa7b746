import { formatDateVi, SUPPORT_STATUS_LABELS } from '@hoanhap/shared';
import s from './phone.module.css';
import { useTexts } from './use-texts';
import { type OutboxEntry, phoneStore } from './store';
import { useSync } from './sync-context';
import { discard, keepMine } from './sync';
import { useLive } from './use-live';
import { personReadOnline } from './use-person';
import { BackBar } from './back-bar';

/** The changes not yet sent, and the conflict screen: keep mine (send again) or keep theirs. */
export default function OutboxPage() {
  const { t, lang } = useTexts();
  const { online, sync } = useSync();
  const store = phoneStore();
  const entries = useLive(() => store.outbox.orderBy('seq').toArray(), []) ?? [];
  const people = useLive(() => store.people.toArray(), []) ?? [];
  // A helper's people are on the device; an officer's were read online (in memory, this page load).
  const nameOf = (id: string) => (people.find((p) => p.id === id) ?? personReadOnline(id))?.fullName ?? '';

  function describe(entry: OutboxEntry): string {
    const { change } = entry;
    if (change.kind === 'recordContact')
      return t('outbox.kinds.recordContact', { date: formatDateVi(change.input.contactedOn) });
    if (change.kind === 'recordSupport')
      return t('outbox.kinds.recordSupport', { date: formatDateVi(change.input.startedOn) });
    return t('outbox.kinds.updateSupportStatus', { status: SUPPORT_STATUS_LABELS[change.input.status][lang] });
  }

  async function onKeepMine(entry: OutboxEntry) {
    await keepMine(store, entry);
    if (online) await sync();
  }

  return (
    <main className={s.page}>
      <BackBar />
      <h1 className={s.title}>{t('outbox.title')}</h1>
      {entries.length === 0 && <p className={s.muted}>{t('outbox.empty')}</p>}
      <ul className={s.list}>
        {entries.map((entry) => (
          <li
            key={entry.key}
            className={entry.state === 'conflict' ? s.conflict : s.card}
            data-testid={`outbox-${entry.state}`}
          >
            <strong>{nameOf(entry.returneeId)}</strong>
            <span>{describe(entry)}</span>
            {entry.state === 'pending' && <span className={s.muted}>{t('outbox.pending')}</span>}
            {entry.state === 'refused' && (
              <span className={s.muted}>{t('outbox.refused', { reason: entry.reason })}</span>
            )}
            {entry.state === 'conflict' && (
              <>
                <strong>{t('outbox.conflictTitle')}</strong>
                <span>{t('outbox.conflictText')}</span>
                <button type="button" className={s.primary} onClick={() => void onKeepMine(entry)}>
                  {t('outbox.keepMine')}
                </button>
                <button type="button" className={s.secondary} onClick={() => void discard(store, entry)}>
                  {t('outbox.keepTheirs')}
                </button>
              </>
            )}
            {entry.state === 'refused' && (
              <button type="button" className={s.secondary} onClick={() => void discard(store, entry)}>
                {t('outbox.discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
