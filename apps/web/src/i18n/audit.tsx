import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the audit log (features/audit). */
export const AUDIT_NS = 'audit';

export const loadAuditTexts = lazyNamespace(AUDIT_NS, {
  vi: () => import('../locales/audit/vi.json'),
  en: () => import('../locales/audit/en.json'),
});

/** Renders `children` once the `audit` texts are loaded in the current language. */
export function AuditTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadAuditTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
