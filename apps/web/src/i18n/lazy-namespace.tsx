import type { Lang } from '@hoanhap/shared';
import i18next from 'i18next';
import { type ReactNode, Suspense, use } from 'react';
import { PageLoader } from '../components/page-loader';
import { useLang } from './use-lang';

type Loaders = Record<Lang, () => Promise<{ default: Record<string, unknown> }>>;

/** A promise React's `use` reads without suspending once it has settled (it checks `status`). */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected' };

/** Loads texts once per language; `add` puts them where i18next finds them. */
function lazyTexts(
  loaders: Loaders,
  isLoaded: (lang: Lang) => boolean,
  add: (lang: Lang, texts: Record<string, unknown>) => void,
) {
  const pending = new Map<Lang, Tracked>();

  function load(lang: Lang): Promise<void> {
    let promise = pending.get(lang);
    if (!promise) {
      const loaded: Tracked = isLoaded(lang)
        ? Promise.resolve()
        : loaders[lang]().then((texts) => add(lang, texts.default));
      loaded.status = isLoaded(lang) ? 'fulfilled' : 'pending';
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

/**
 * A namespace of texts fetched with the first screen that needs it, so the first load keeps only
 * the shell's texts. Returns the loader; `LazyTexts` renders children once it has loaded.
 */
export function lazyNamespace(ns: string, loaders: Loaders) {
  return lazyTexts(
    loaders,
    (lang) => i18next.hasResourceBundle(lang, ns),
    (lang, texts) => i18next.addResourceBundle(lang, ns, texts, true, true),
  );
}

/**
 * Texts of the default namespace that only some screens use: merged into it when the first of
 * those screens opens, so their components keep plain `t('returnee.…')` keys.
 */
export function lazyTranslationPart(loaders: Loaders) {
  const loaded = new Set<Lang>();
  return lazyTexts(
    loaders,
    (lang) => loaded.has(lang),
    (lang, texts) => {
      // A copy, as i18next merges later texts into the object it keeps.
      i18next.addResourceBundle(lang, 'translation', structuredClone(texts), true, true);
      loaded.add(lang);
    },
  );
}

/** Loads a namespace's texts; returned by `lazyNamespace`. */
export type NamespaceLoader = (lang: Lang) => Promise<void>;

function Loaded({ load, lang, children }: { load: NamespaceLoader; lang: Lang; children: ReactNode }) {
  // Vietnamese is the fallback language, so it is always there under the chosen one.
  use(load('vi'));
  use(load(lang));
  return children;
}

/** What a namespace's texts component takes: the screen, and what to show while the texts load. */
export interface TextsProps {
  children: ReactNode;
  fallback?: ReactNode;
}

/** Renders `children` once the namespace `load` fetches is there in the current language. */
export function LazyTexts({ load, children, fallback }: TextsProps & { load: NamespaceLoader }) {
  const lang = useLang();
  return (
    <Suspense fallback={fallback ?? <PageLoader />}>
      <Loaded load={load} lang={lang}>
        {children}
      </Loaded>
    </Suspense>
  );
}
