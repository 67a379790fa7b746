import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/**
 * Texts of the printed documents (founding decision, pledge, information sheet) and of the buttons
 * that open them. `chrome.*` is the screen around the paper and is translated; `doc.*` is the
 * official document text, which stays Vietnamese in both languages (the paper is filed and signed
 * in Vietnamese), so en.json carries the same Vietnamese text under those keys.
 */
export const PRINT_NS = 'print';

export const loadPrintTexts = lazyNamespace(PRINT_NS, {
  vi: () => import('../locales/print/vi.json'),
  en: () => import('../locales/print/en.json'),
});

/** Renders `children` once the `print` texts are loaded in the current language. */
export function PrintTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadPrintTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
