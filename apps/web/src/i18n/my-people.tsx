import { LazyTexts, lazyTranslationPart, type TextsProps } from './lazy-namespace';

/**
 * Texts of a helper's people screen (features/my-people): part of the default namespace, so components keep plain keys, fetched with the first
 * screen that shows them rather than with the first load.
 */
export const loadMyPeopleTexts = lazyTranslationPart({
  vi: () => import('../locales/my-people/vi.json'),
  en: () => import('../locales/my-people/en.json'),
});

/** Renders `children` once these texts are loaded in the current language. */
export function MyPeopleTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadMyPeopleTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
