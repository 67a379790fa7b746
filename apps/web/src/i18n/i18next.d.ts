import 'i18next';
import type vi from '../locales/vi.json';

// Typed keys: a missing or misspelt key fails the typecheck instead of showing raw keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
