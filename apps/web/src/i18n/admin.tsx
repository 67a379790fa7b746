import type { Lang } from '@hoanhap/shared';
import i18next from 'i18next';
import { type ReactNode, Suspense, use } from 'react';
import { PageLoader } from '../components/page-loader';
import { useLang } from './use-lang';

/**
 * The texts of the administration screens (users, integration keys) and of the change-password
 * form live in their own namespace, fetched with the first of those screens.
 */
export const ADMIN_NS = 'admin';

const loaders: Record<Lang, () => Promise<{ default: Record<string, unknown> }>> = {
  vi: () => import('../locales/admin/vi.json'),
  en: () => import('../locales/admin/en.json'),
};

/** A promise React's `use` reads without suspending once it has settled (it checks `status`). */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected' };

const pending = new Map<Lang, Tracked>();

export function loadAdminTexts(lang: Lang): Promise<void> {
  let promise = pending.get(lang);
  if (!promise) {
    const loaded: Tracked = i18next.hasResourceBundle(lang, ADMIN_NS)
      ? Promise.resolve()
      : loaders[lang]().then((texts) => {
          i18next.addResourceBundle(lang, ADMIN_NS, texts.default, true, true);
        });
    loaded.status = i18next.hasResourceBundle(lang, ADMIN_NS) ? 'fulfilled' : 'pending';
    loaded.then(
      () => {
        loaded.status = 'fulfilled';
      },
      () => {
        loaded.status = 'rejected';
        // A failed download (offline) may be retried on the next render.
        pending.delete(lang);
      },
    );
    promise = loaded;
    pending.set(lang, promise);
  }
  return promise;
}

function Loaded({ lang, children }: { lang: Lang; children: ReactNode }) {
  // Vietnamese is the fallback language, so it is always there under the chosen one.
  use(loadAdminTexts('vi'));
  use(loadAdminTexts(lang));
  return children;
}

/** Renders `children` once the namespace is loaded in the current language. */
export function AdminTexts({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const lang = useLang();
  return (
    <Suspense fallback={fallback ?? <PageLoader />}>
      <Loaded lang={lang}>{children}</Loaded>
    </Suspense>
  );
}
