import type { Lang } from '@hoanhap/shared';
import i18next from 'i18next';
import { type ReactNode, Suspense, use } from 'react';
import { PageLoader } from '../components/page-loader';
import { useLang } from './use-lang';

type Loaders = Record<Lang, () => Promise<{ default: Record<string, unknown> }>>;

/** A promise React's `use` reads without suspending once it has settled (it checks `status`). */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected' };

/**
 * A namespace of texts fetched with the first screen that needs it, so the first load keeps only
 * the shell's texts. Returns the loader; `LazyTexts` renders children once it has loaded.
 */
export function lazyNamespace(ns: string, loaders: Loaders) {
  const pending = new Map<Lang, Tracked>();

  function load(lang: Lang): Promise<void> {
    let promise = pending.get(lang);
    if (!promise) {
      const loaded: Tracked = i18next.hasResourceBundle(lang, ns)
        ? Promise.resolve()
        : loaders[lang]().then((texts) => {
            i18next.addResourceBundle(lang, ns, texts.default, true, true);
          });
      loaded.status = i18next.hasResourceBundle(lang, ns) ? 'fulfilled' : 'pending';
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

  return load;
}

/** Loads a namespace's texts; returned by `lazyNamespace`. */
export type NamespaceLoader = (lang: Lang) => Promise<void>;

function Loaded({ load, lang, children }: { load: NamespaceLoader; lang: Lang; children: ReactNode }) {
  // Vietnamese is the fallback language, so it is always there under the chosen one.
  use(load('vi'));
  use(load(lang));
  return children;
}

/** Renders `children` once the namespace `load` fetches is there in the current language. */
export function LazyTexts({
  load,
  children,
  fallback,
}: {
  load: NamespaceLoader;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const lang = useLang();
  return (
    <Suspense fallback={fallback ?? <PageLoader />}>
      <Loaded load={load} lang={lang}>
        {children}
      </Loaded>
    </Suspense>
  );
}
