import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the administration screens: users, integration keys, holidays, units (features/admin). */
export const ADMIN_NS = 'admin';

export const loadAdminTexts = lazyNamespace(ADMIN_NS, {
  vi: () => import('../locales/admin/vi.json'),
  en: () => import('../locales/admin/en.json'),
});

/** Renders `children` once the `admin` texts are loaded in the current language. */
export function AdminTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadAdminTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
