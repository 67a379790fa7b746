import type { ReactNode } from 'react';
import { LazyTexts, lazyTranslationPart } from './lazy-namespace';

/**
 * Texts of the case screens (the returnees list, a person's file, tasks, a helper's people): the
 * largest part of the default namespace, so it comes with those screens rather than the first load.
 */
export const loadCaseTexts = lazyTranslationPart({
  vi: () => import('../locales/cases/vi.json'),
  en: () => import('../locales/cases/en.json'),
});

/** Renders `children` once the case screens' texts are loaded in the current language. */
export function CaseTexts({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <LazyTexts load={loadCaseTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
