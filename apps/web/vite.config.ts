import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API runs on 4000 in development; in production it serves this build itself (same origin),
// so proxying keeps the session cookie first-party in both cases.
const API_ORIGIN = process.env.API_URL ?? 'http://localhost:4000';
const apiProxy = {
  '/graphql': { target: API_ORIGIN, changeOrigin: true },
  '/healthz': { target: API_ORIGIN, changeOrigin: true },
  // Uploads and reports of imports; the page /imports itself is the app's.
  '/imports': {
    target: API_ORIGIN,
    changeOrigin: true,
    bypass: (req: { method?: string; url?: string }) =>
      req.method === 'GET' && req.url === '/imports' ? req.url : undefined,
  },
};

// Libraries every page needs; one chunk compresses better than the many small shared chunks the
// bundler would otherwise cut them into. Mantine stays out: its components are split per page.
const CORE_VENDOR =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:react|react-dom|scheduler|react-router|@apollo[\\/]client|rxjs|graphql|optimism|@wry[\\/][^\\/]+|tslib|i18next|react-i18next)[\\/]/;

export default defineConfig({
  plugins: [react()],
  resolve: {
    // rxjs (under Apollo) ships a smaller ES2015 build behind this condition.
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'vendor', test: CORE_VENDOR }] },
      },
    },
  },
});
