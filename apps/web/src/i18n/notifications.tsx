import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the notifications list, the preferences and the administrator's delivery log (features/notifications). */
export const NOTIFICATIONS_NS = 'notifications';

export const loadNotificationsTexts = lazyNamespace(NOTIFICATIONS_NS, {
  vi: () => import('../locales/notifications/vi.json'),
  en: () => import('../locales/notifications/en.json'),
});

/** Renders `children` once the `notifications` texts are loaded in the current language. */
export function NotificationsTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadNotificationsTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
