import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PrintTexts } from '../../../i18n/print';

type Kind = 'decision' | 'pledge' | 'returnee';

function Launch({ kind, to, testId }: { kind: Kind; to: string; testId: string }) {
  const { t } = useTranslation('print');
  const label = t(`launch.${kind}`);
  return (
    <Button
      component="a"
      href={to}
      target="_blank"
      rel="noopener"
      variant="light"
      size="xs"
      aria-label={t('launch.newTab', { label })}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

/** A button opening a printed document in a new tab, so the page it comes from stays as it was. */
export function PrintLink(props: { kind: Kind; to: string; testId: string }) {
  return (
    <PrintTexts fallback={null}>
      <Launch {...props} />
    </PrintTexts>
  );
}
