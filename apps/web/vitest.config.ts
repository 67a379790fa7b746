import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Mantine's CSS is irrelevant to behaviour; skipping it keeps the jsdom runs fast.
    css: false,
    testTimeout: 15_000,
  },
});
