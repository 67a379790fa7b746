import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the dashboard alerts (features/alerts). */
export const ALERTS_NS = 'alerts';

export const loadAlertsTexts = lazyNamespace(ALERTS_NS, {
  vi: () => import('../locales/alerts/vi.json'),
  en: () => import('../locales/alerts/en.json'),
});

/** Renders `children` once the `alerts` texts are loaded in the current language. */
export function AlertsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadAlertsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
