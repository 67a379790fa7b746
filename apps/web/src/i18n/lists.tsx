import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';
import { useLang } from './use-lang';

/** Texts of the returnees list's tools: saved views, row selection and bulk actions (features/returnees). */
export const LISTS_NS = 'lists';

export const loadListsTexts = lazyNamespace(LISTS_NS, {
  vi: () => import('../locales/lists/vi.json'),
  en: () => import('../locales/lists/en.json'),
});

/** Renders `children` once the `lists` texts are loaded in the current language. */
export function ListsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadListsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}

/**
 * Whether the `lists` texts are there, loading them if not. For pieces spread over a table (the
 * row checkboxes) that appear once the texts arrive instead of holding the table back.
 */
export function useListsTextsReady(): boolean {
  const lang = useLang();
  const loaded = () => i18next.hasResourceBundle('vi', LISTS_NS) && i18next.hasResourceBundle(lang, LISTS_NS);
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    let live = true;
    Promise.all([loadListsTexts('vi'), loadListsTexts(lang)]).then(
      () => live && setReady(true),
      // Offline: the checkboxes stay away; the list itself still works.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return ready;
}
