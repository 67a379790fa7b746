import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Focus rings only for keyboard users, but always visible for them.
  focusRing: 'auto',
  // System fonts render Vietnamese diacritics well and cost no download.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'hoanhap.color-scheme' });
