import 'i18next';
import type admin from '../locales/admin/vi.json';
import type exportTexts from '../locales/export/vi.json';
import type lists from '../locales/lists/vi.json';
import type ops from '../locales/ops/vi.json';
import type vi from '../locales/vi.json';

// Typed keys: a missing or misspelt key fails the typecheck instead of showing raw keys.
// `ops` (models, pledges, alerts, reports) is loaded lazily: see ./ops.tsx.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof vi;
      ops: typeof ops;
      admin: typeof admin;
      export: typeof exportTexts;
      lists: typeof lists;
    };
  }
}
