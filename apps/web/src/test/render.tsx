import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../apollo/client';
import { CurrentUserContext } from '../features/auth/current-user';
import type { CurrentUserFragment } from '../gql/graphql';
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
  /** Signed in as this user (for pages below the guard). */
  user?: CurrentUserFragment;
}

/** Renders `ui` with the app's providers, a mocked API and an in-memory router. */
export function renderWithApp(ui: ReactElement, { mocks = [], url = '/', path = '/', user }: RenderOptions = {}) {
  const page = user ? <CurrentUserContext.Provider value={user}>{ui}</CurrentUserContext.Provider> : ui;
  return render(
    // The app's own cache setup, so lists page and merge as they do for users.
    <MockedProvider mocks={mocks} cache={createCache()}>
      <UiProviders env="test">
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={page} />
            <Route path="*" element={<LocationProbe />} />
          </Routes>
        </MemoryRouter>
      </UiProviders>
    </MockedProvider>,
  );
}
