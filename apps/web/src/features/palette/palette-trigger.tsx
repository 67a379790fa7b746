import { Button, Kbd } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const CommandPalette = lazy(() => import('./command-palette'));

/**
 * The header's "Tìm nhanh" button and the Ctrl/⌘+K shortcut. The palette's code (and Spotlight's)
 * is fetched the first time it is asked for, so the shell stays light.
 */
export function PaletteTrigger() {
  const { t } = useTranslation();
  const os = useOs();
  const [openCount, setOpenCount] = useState(0);
  const open = () => setOpenCount((n) => n + 1);
  // Also inside inputs: the shortcut is what people reach for while typing in a filter.
  useHotkeys([['mod+K', open]], []);

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={open}
        data-testid="palette-trigger"
        rightSection={<Kbd size="xs">{os === 'macos' ? '⌘ K' : 'Ctrl K'}</Kbd>}
      >
        {t('palette.button')}
      </Button>
      {openCount > 0 && (
        <Suspense fallback={null}>
          <CommandPalette openCount={openCount} />
        </Suspense>
      )}
    </>
  );
}
