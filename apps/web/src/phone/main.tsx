import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { PhoneApp } from './app';
import { initPhoneI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

// The service worker keeps the app shell on the device so the app opens without a network.
// New versions take over on their own (autoUpdate): the helper's work is in IndexedDB, not the page.
registerSW({ immediate: true });

void initPhoneI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <PhoneApp />
    </StrictMode>,
  );
});
