import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the signed-in user's own account: the change-password form (features/account). */
export const ACCOUNT_NS = 'account';

export const loadAccountTexts = lazyNamespace(ACCOUNT_NS, {
  vi: () => import('../locales/account/vi.json'),
  en: () => import('../locales/account/en.json'),
});

/** Renders `children` once the `account` texts are loaded in the current language. */
export function AccountTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadAccountTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
