import type { ReactNode } from 'react';
import { LazyTexts, lazyNamespace } from './lazy-namespace';

/** Texts of the model, pledge, alert and report screens. */
export const OPS_NS = 'ops';

export const loadOpsTexts = lazyNamespace(OPS_NS, {
  vi: () => import('../locales/ops/vi.json'),
  en: () => import('../locales/ops/en.json'),
});

/** Renders `children` once the `ops` texts are loaded in the current language. */
export function OpsTexts({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <LazyTexts load={loadOpsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
