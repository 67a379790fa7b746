import s from './phone.module.css';
import type { PersonState } from './use-person';
import { useTexts } from './use-texts';
import { BackBar } from './back-bar';

/** What a person's screens show instead of the person: loading, not found, or no network. */
export function PersonUnavailable({ state }: { state: Exclude<PersonState, { status: 'ready' }> }) {
  const { t } = useTexts();
  const message = {
    loading: t('person.loading'),
    'not-found': t('person.notFound'),
    'needs-network': t('person.needsNetwork'),
  }[state.status];
  return (
    <main className={s.page}>
      <BackBar />
      <p
        className={state.status === 'loading' ? s.muted : s.notice}
        role={state.status === 'loading' ? 'status' : 'alert'}
      >
        {message}
      </p>
    </main>
  );
}
