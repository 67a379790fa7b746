import '@mantine/core/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { createApolloClient } from './apollo/client';
import { initI18n } from './i18n/i18n';
import { routes } from './routes';
import { UiProviders } from './ui-providers';

function AppRoutes() {
  return useRoutes(routes);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');
const client = createApolloClient();

// Texts first: every page is translated, so rendering before they are ready would flash raw keys.
void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <UiProviders>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </UiProviders>
      </ApolloProvider>
    </StrictMode>,
  );
});
