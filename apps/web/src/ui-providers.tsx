import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { colorSchemeManager, theme } from './theme';

interface UiProvidersProps {
  children: ReactNode;
  /** 'test' turns off transitions and portals so component tests see a stable DOM. */
  env?: 'default' | 'test';
}

/** Mantine theme and colour scheme (the system preference until the user picks one). */
export function UiProviders({ children, env = 'default' }: UiProvidersProps) {
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto" env={env}>
      {children}
    </MantineProvider>
  );
}
