import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the printed statistics report (features/reports). */
export const REPORTS_NS = 'reports';

export const loadReportsTexts = lazyNamespace(REPORTS_NS, {
  vi: () => import('../locales/reports/vi.json'),
  en: () => import('../locales/reports/en.json'),
});

/** Renders `children` once the `reports` texts are loaded in the current language. */
export function ReportsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadReportsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
