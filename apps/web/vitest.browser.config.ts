import { defineConfig } from 'vitest/config';

// Real Chromium against the real API serving the built app: slow by nature, so one file at a time
// and generous timeouts (the API starts an embedded PostgreSQL and seeds the demo data).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
