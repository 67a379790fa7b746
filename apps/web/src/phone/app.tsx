import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import HomePage from './home-page';
import { SyncProvider } from './sync-context';

// The home screen comes with the first load; the other screens are their own chunks (precached
// by the service worker, so they open offline too).
const PersonPage = lazy(() => import('./person-page'));
const ContactPage = lazy(() => import('./contact-page'));
const SupportPage = lazy(() => import('./support-page'));
const OutboxPage = lazy(() => import('./outbox-page'));

/** The helper's phone app under /m/: one column, no desktop shell. */
export function PhoneApp() {
  return (
    <SyncProvider>
      <BrowserRouter basename="/m">
        <Suspense fallback={null}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/people/:id" element={<PersonPage />} />
            <Route path="/people/:id/contact" element={<ContactPage />} />
            <Route path="/people/:id/support" element={<SupportPage />} />
            <Route path="/people/:id/support/:supportId" element={<SupportPage />} />
            <Route path="/outbox" element={<OutboxPage />} />
            <Route path="*" element={<HomePage />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </SyncProvider>
  );
}
