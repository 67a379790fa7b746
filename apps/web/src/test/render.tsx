import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { UiProviders } from '../ui-providers';

/** Shows where the app navigated, so tests can assert redirects. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The URL the test starts at. */
  url?: string;
  /** The route pattern `ui` is mounted on. */
  path?: string;
}

/** Renders `ui` with the app's providers, a mocked API and an in-memory router. */
export function renderWithApp(ui: ReactElement, { mocks = [], url = '/', path = '/' }: RenderOptions = {}) {
  return render(
    <MockedProvider mocks={mocks}>
      <UiProviders env="test">
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={ui} />
            <Route path="*" element={<LocationProbe />} />
          </Routes>
        </MemoryRouter>
      </UiProviders>
    </MockedProvider>,
  );
}
