import 'i18next';
import type account from '../locales/account/vi.json';
import type notifications from '../locales/notifications/vi.json';
import type admin from '../locales/admin/vi.json';
import type alerts from '../locales/alerts/vi.json';
import type audit from '../locales/audit/vi.json';
import type campaigns from '../locales/campaigns/vi.json';
import type casework from '../locales/casework/vi.json';
import type employers from '../locales/employers/vi.json';
import type exportTexts from '../locales/export/vi.json';
import type handover from '../locales/handover/vi.json';
import type imports from '../locales/imports/vi.json';
import type judgments from '../locales/judgments/vi.json';
import type lists from '../locales/lists/vi.json';
import type model from '../locales/model/vi.json';
import type myPeople from '../locales/my-people/vi.json';
import type pledges from '../locales/pledges/vi.json';
import type print from '../locales/print/vi.json';
import type reports from '../locales/reports/vi.json';
import type returnees from '../locales/returnees/vi.json';
import type tasks from '../locales/tasks/vi.json';
import type vi from '../locales/vi.json';
import type webhooks from '../locales/webhooks/vi.json';

// Typed keys: a missing or misspelt key fails the typecheck instead of showing raw keys.
// Each namespace is one feature's (./<feature>.tsx), loaded lazily with its screens.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      // The returnees, tasks and my-people screens' texts are parts of the default namespace,
      // loaded with those screens (./returnees.tsx, ./tasks.tsx, ./my-people.tsx).
      translation: typeof vi & typeof returnees & typeof tasks & typeof myPeople;
      account: typeof account;
      notifications: typeof notifications;
      admin: typeof admin;
      alerts: typeof alerts;
      audit: typeof audit;
      campaigns: typeof campaigns;
      model: typeof model;
      pledges: typeof pledges;
      reports: typeof reports;
      employers: typeof employers;
      export: typeof exportTexts;
      handover: typeof handover;
      imports: typeof imports;
      print: typeof print;
      casework: typeof casework;
      judgments: typeof judgments;
      lists: typeof lists;
      webhooks: typeof webhooks;
    };
  }
}
