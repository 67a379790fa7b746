import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the import wizard (steps, column matching, job progress, recent imports). */
export const IMPORTS_NS = 'imports';

export const loadImportsTexts = lazyNamespace(IMPORTS_NS, {
  vi: () => import('../locales/imports/vi.json'),
  en: () => import('../locales/imports/en.json'),
});

/** Renders `children` once the `imports` texts are loaded in the current language. */
export function ImportsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadImportsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
