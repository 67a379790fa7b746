import { LazyTexts, lazyTranslationPart, type TextsProps } from './lazy-namespace';

/**
 * Texts of the returnees list and a person's file (features/returnees): part of the default namespace, so components keep plain keys, fetched with the first
 * screen that shows them rather than with the first load.
 */
export const loadReturneesTexts = lazyTranslationPart({
  vi: () => import('../locales/returnees/vi.json'),
  en: () => import('../locales/returnees/en.json'),
});

/** Renders `children` once these texts are loaded in the current language. */
export function ReturneesTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadReturneesTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
