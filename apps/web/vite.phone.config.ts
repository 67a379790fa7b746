import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The helper's phone app: its own build under /m/ (src/phone), with no GraphQL client and no
// component library, so its first screen stays under its own budget (scripts/bundle-size.mjs).
// Built after the desktop app, into dist/m, which the API serves with its own fallback page.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/phone'),
  base: '/m/',
  publicDir: path.resolve(import.meta.dirname, 'public-phone'),
  plugins: [
    react(),
    VitePWA({
      // A new version takes over by itself: the helper's unsent work lives in IndexedDB, so
      // nothing is lost by a reload, and a prompt would be one more thing to tap in the field.
      registerType: 'autoUpdate',
      injectRegister: false,
      scope: '/m/',
      filename: 'sw.js',
      manifest: {
        name: 'Hòa Nhập',
        short_name: 'Hòa Nhập',
        description: 'Người tôi giúp đỡ: ghi lần gặp và hỗ trợ, cả khi không có mạng.',
        lang: 'vi',
        start_url: '/m/',
        scope: '/m/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1864ab',
        icons: [
          { src: '/m/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/m/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/m/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell only: data never goes in the service worker's caches (it is in IndexedDB,
        // cleared at logout); /graphql is always the network.
        globPatterns: ['**/*.{js,css,html,svg,png,json}'],
        navigateFallback: '/m/index.html',
        navigateFallbackAllowlist: [/^\/m(\/|$)/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: { conditions: ['es2015', ...defaultClientConditions] },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/m'),
    emptyOutDir: true,
    sourcemap: true,
  },
});
