import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the spreadsheet export (button, progress, outcome). */
export const EXPORT_NS = 'export';

export const loadExportTexts = lazyNamespace(EXPORT_NS, {
  vi: () => import('../locales/export/vi.json'),
  en: () => import('../locales/export/en.json'),
});

/** Renders `children` once the `export` texts are loaded in the current language. */
export function ExportTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadExportTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
