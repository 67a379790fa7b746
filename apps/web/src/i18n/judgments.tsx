import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/**
 * Texts of a case file's judgments, release and reception, hand-over and access history: loaded
 * with the case file, so the first load keeps only the shell's texts.
 */
export const JUDGMENTS_NS = 'judgments';

export const loadJudgmentsTexts = lazyNamespace(JUDGMENTS_NS, {
  vi: () => import('../locales/judgments/vi.json'),
  en: () => import('../locales/judgments/en.json'),
});

/** Renders `children` once the `judgments` texts are loaded in the current language. */
export function JudgmentsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadJudgmentsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
