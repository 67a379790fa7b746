import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for the sources and the libraries, as Node loads it when the API runs: the
    // package's CommonJS entry. Vite would otherwise give the sources its ES module build while
    // type-graphql gets the CommonJS one, and a schema from one cannot be used by the other.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
    globalSetup: ['test/utils/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
