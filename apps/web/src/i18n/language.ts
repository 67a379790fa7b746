import { DEFAULT_LANG, type Lang } from '@hoanhap/shared';

export const LANGUAGES: readonly Lang[] = ['vi', 'en'];
export const LANGUAGE_STORAGE_KEY = 'hoanhap.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** The stored choice, else Vietnamese: the product is Vietnamese first, whatever the browser says. */
export function storedLanguage(): Lang {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    // Storage can be disabled (private mode, policies); the default still works.
    return DEFAULT_LANG;
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not persisting is acceptable; the switch still applies to this tab.
  }
}
