import 'i18next';
import type admin from '../locales/admin/vi.json';
import type cases from '../locales/cases/vi.json';
import type casework from '../locales/casework/vi.json';
import type employers from '../locales/employers/vi.json';
import type exportTexts from '../locales/export/vi.json';
import type judgments from '../locales/judgments/vi.json';
import type lists from '../locales/lists/vi.json';
import type ops from '../locales/ops/vi.json';
import type print from '../locales/print/vi.json';
import type vi from '../locales/vi.json';

// Typed keys: a missing or misspelt key fails the typecheck instead of showing raw keys.
// `ops` (models, pledges, alerts, reports) is loaded lazily: see ./ops.tsx.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      // The case screens' texts are part of the default namespace, loaded with them (./cases.tsx).
      translation: typeof vi & typeof cases;
      ops: typeof ops;
      admin: typeof admin;
      employers: typeof employers;
      export: typeof exportTexts;
      print: typeof print;
      casework: typeof casework;
      judgments: typeof judgments;
      lists: typeof lists;
    };
  }
}
