import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/**
 * Texts of the officer's casework forms on a person's file (registering a person, helpers,
 * classification, incidents, tasks, family contacts), fetched with the first screen that shows one.
 */
export const CASEWORK_NS = 'casework';

export const loadCaseworkTexts = lazyNamespace(CASEWORK_NS, {
  vi: () => import('../locales/casework/vi.json'),
  en: () => import('../locales/casework/en.json'),
});

/** Renders `children` once the `casework` texts are loaded in the current language. */
export function CaseworkTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadCaseworkTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
