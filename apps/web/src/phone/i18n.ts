import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from '../i18n/language';
import vi from '../locales/phone/vi.json';

/** The phone app's texts: Vietnamese in the first load, English fetched only when chosen. */
export async function initPhoneI18n(): Promise<void> {
  const lang = storedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: 'vi',
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  if (lang === 'en') {
    i18next.addResourceBundle('en', 'translation', (await import('../locales/phone/en.json')).default);
    await i18next.changeLanguage('en');
  }
  document.documentElement.lang = lang;
}
