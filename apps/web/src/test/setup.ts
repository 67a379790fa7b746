import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadAccountTexts } from '../i18n/account';
import { loadAdminTexts } from '../i18n/admin';
import { loadAlertsTexts } from '../i18n/alerts';
import { loadAuditTexts } from '../i18n/audit';
import { loadCaseworkTexts } from '../i18n/casework';
import { loadEmployersTexts } from '../i18n/employers';
import { loadExportTexts } from '../i18n/export';
import { loadImportsTexts } from '../i18n/imports';
import { loadJudgmentsTexts } from '../i18n/judgments';
import { loadListsTexts } from '../i18n/lists';
import { loadModelTexts } from '../i18n/model';
import { loadMyPeopleTexts } from '../i18n/my-people';
import { loadPledgesTexts } from '../i18n/pledges';
import { loadPrintTexts } from '../i18n/print';
import { loadReportsTexts } from '../i18n/reports';
import { loadReturneesTexts } from '../i18n/returnees';
import { loadNotificationsTexts } from '../i18n/notifications';
import { loadTasksTexts } from '../i18n/tasks';
import { changeLanguage, initI18n } from '../i18n/i18n';

// CI runs the API and web suites side by side on two cores: give `findBy…`/`waitFor` room beyond the
// default second, so a slow machine is not mistaken for a broken screen.
configure({ asyncUtilTimeout: 4000 });

// jsdom lacks the layout APIs Mantine relies on; these stand-ins are enough for behaviour tests.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => {};
// Autosizing text areas listen for web fonts loading; jsdom has no FontFaceSet.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

beforeAll(async () => {
  await initI18n('vi');
  // Pages are rendered without their routes here, so the texts their routes load come first; the
  // lazily loaded namespaces too, so no test races a first download (the loaders have tests of
  // their own through the pages that wait for them).
  const loaders = [
    loadReturneesTexts,
    loadTasksTexts,
    loadNotificationsTexts,
    loadMyPeopleTexts,
    loadAccountTexts,
    loadAdminTexts,
    loadAlertsTexts,
    loadAuditTexts,
    loadCaseworkTexts,
    loadEmployersTexts,
    loadExportTexts,
    loadImportsTexts,
    loadJudgmentsTexts,
    loadListsTexts,
    loadModelTexts,
    loadPledgesTexts,
    loadPrintTexts,
    loadReportsTexts,
  ];
  await Promise.all(loaders.flatMap((load) => [load('vi'), load('en')]));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
  window.localStorage.clear();
});
