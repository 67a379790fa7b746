import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadCaseTexts } from '../i18n/cases';
import { changeLanguage, initI18n } from '../i18n/i18n';

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
  // Pages are rendered without their routes here, so the texts their routes load come first.
  await Promise.all([loadCaseTexts('vi'), loadCaseTexts('en')]);
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
  window.localStorage.clear();
});
