import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Tải bản Word (.docx)", beside "In": offices edit and sign Word files. `save` builds the file from
 * what the page already shows (no second fetch: the page's query audited the read) and imports the
 * Word library only when clicked, so no page carries it until someone asks for a file.
 */
export function DocxDownloadButton({ save }: { save: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      await save();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {failed && (
        <Text size="sm" c="red" role="alert">
          {t('common.docxFailed')}
        </Text>
      )}
      <Button variant="default" loading={busy} onClick={download} data-testid="docx-button">
        {t('common.docxDownload')}
      </Button>
    </>
  );
}
