import type { Lang } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';

/**
 * The phone's texts (locales/phone). The app's i18next typing describes the desktop's texts, so
 * keys here are plain strings; locales.test.ts keeps the two languages' keys equal.
 */
export function useTexts(): { t: (key: string, options?: Record<string, unknown>) => string; lang: Lang } {
  const { t, i18n } = useTranslation();
  return {
    t: t as unknown as (key: string, options?: Record<string, unknown>) => string,
    lang: i18n.language === 'en' ? 'en' : 'vi',
  };
}
