import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadAdminTexts } from '../i18n/admin';
import { loadCaseTexts } from '../i18n/cases';
import { loadCaseworkTexts } from '../i18n/casework';
import { loadEmployersTexts } from '../i18n/employers';
import { loadExportTexts } from '../i18n/export';
import { loadJudgmentsTexts } from '../i18n/judgments';
import { loadListsTexts } from '../i18n/lists';
import { loadOpsTexts } from '../i18n/ops';
import { loadPrintTexts } from '../i18n/print';
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
    loadCaseTexts,
    loadAdminTexts,
    loadCaseworkTexts,
    loadEmployersTexts,
    loadExportTexts,
    loadJudgmentsTexts,
    loadListsTexts,
    loadOpsTexts,
    loadPrintTexts,
  ];
  await Promise.all(loaders.flatMap((load) => [load('vi'), load('en')]));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
  window.localStorage.clear();
});
