import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the webhooks screen (departments' endpoints, their secrets and delivery log). */
export const WEBHOOKS_NS = 'webhooks';

export const loadWebhooksTexts = lazyNamespace(WEBHOOKS_NS, {
  vi: () => import('../locales/webhooks/vi.json'),
  en: () => import('../locales/webhooks/en.json'),
});

/** Renders `children` once the `webhooks` texts are loaded in the current language. */
export function WebhooksTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadWebhooksTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
