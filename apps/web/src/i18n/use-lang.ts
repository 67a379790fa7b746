import type { Lang } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { isLang } from './language';

/** The current UI language; components using it re-render when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'vi';
}
