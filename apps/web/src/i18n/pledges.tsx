import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the emulation pledges, their targets, reviews and scoreboard (features/pledges). */
export const PLEDGES_NS = 'pledges';

export const loadPledgesTexts = lazyNamespace(PLEDGES_NS, {
  vi: () => import('../locales/pledges/vi.json'),
  en: () => import('../locales/pledges/en.json'),
});

/** Renders `children` once the `pledges` texts are loaded in the current language. */
export function PledgesTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadPledgesTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
