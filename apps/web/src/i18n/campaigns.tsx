import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the campaign pages (list, form, per-ward progress, printed report). */
export const CAMPAIGNS_NS = 'campaigns';

export const loadCampaignsTexts = lazyNamespace(CAMPAIGNS_NS, {
  vi: () => import('../locales/campaigns/vi.json'),
  en: () => import('../locales/campaigns/en.json'),
});

/** Renders `children` once the `campaigns` texts are loaded in the current language. */
export function CampaignsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadCampaignsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
