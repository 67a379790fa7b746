import { lazyNamespace } from './lazy-namespace';

/** Texts of the administration screens (users, integration keys) and the change-password form. */
export const ADMIN_NS = 'admin';

const admin = lazyNamespace(ADMIN_NS, {
  vi: () => import('../locales/admin/vi.json'),
  en: () => import('../locales/admin/en.json'),
});

export const loadAdminTexts = admin.load;
/** Renders `children` once the `admin` texts are loaded in the current language. */
export const AdminTexts = admin.Texts;
