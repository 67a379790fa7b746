import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the hand-over between deployments (sending a case package, receiving one, partners). */
export const HANDOVER_NS = 'handover';

export const loadHandoverTexts = lazyNamespace(HANDOVER_NS, {
  vi: () => import('../locales/handover/vi.json'),
  en: () => import('../locales/handover/en.json'),
});

/** Renders `children` once the `handover` texts are loaded in the current language. */
export function HandoverTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadHandoverTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
