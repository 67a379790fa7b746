import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASEWORK_NS } from '../../../i18n/casework';
import { MergeDialog } from './merge-dialog';

/** "Gộp hồ sơ trùng" on a person's file, for those who may merge records (officers, administrators). */
export function MergeAction({ returneeId }: { returneeId: string }) {
  const { t } = useTranslation(CASEWORK_NS);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)} data-testid="merge-open">
        {t('merge.open')}
      </Button>
      <MergeDialog returneeId={returneeId} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
