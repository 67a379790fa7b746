import type { Lang } from '@hoanhap/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '../locales/vi.json';
import { storedLanguage, storeLanguage } from './language';

// Vietnamese ships with the first load; English is fetched only by those who pick it.
const loaders: Record<Lang, () => Promise<Record<string, unknown>>> = {
  vi: async () => vi,
  en: async () => (await import('../locales/en.json')).default,
};

// Tracked here, not by asking i18next: screens may merge their own texts into a language's
// bundle (./returnees.tsx) before the language's main texts have arrived.
const loaded = new Set<Lang>(['vi']);

async function ensureLoaded(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  i18next.addResourceBundle(lang, 'translation', structuredClone(await loaders[lang]()), true, false);
  loaded.add(lang);
}

function applyToDocument(lang: Lang): void {
  // Screen readers pick their voice from <html lang>.
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Sets up i18next with the stored language; resolves once its texts are loaded (before first render). */
export async function initI18n(lang: Lang = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      // A copy: screens merge their texts into the bundle (./returnees.tsx), which must not alter the module.
      resources: { vi: { translation: structuredClone(vi) } },
      partialBundledLanguages: true,
      lng: 'vi',
      fallbackLng: 'vi',
      supportedLngs: ['vi', 'en'],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  await ensureLoaded(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
  applyToDocument(lang);
  return i18next;
}

export async function changeLanguage(lang: Lang): Promise<void> {
  storeLanguage(lang);
  await ensureLoaded(lang);
  await i18next.changeLanguage(lang);
  applyToDocument(lang);
}
