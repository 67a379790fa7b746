import { Button, Center, Group, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { DocxDownloadButton } from './docx-download-button';
import { PrintToolbar } from './print-sheet';

export interface PrintFrameProps {
  /** The browser tab's title (also the PDF's default file name). */
  pageTitle: string;
  loading: boolean;
  error: unknown;
  /** True once loaded when the API answered null: missing or out of scope, which look the same. */
  notFound: boolean;
  loadFailed: string;
  notFoundText?: string;
  onRetry: () => unknown;
  /** Where "Đóng" goes when the tab was not opened by the app and cannot close itself. */
  closeTo: string;
  /** Builds and downloads the document as a Word file (offered beside "In" when given). */
  saveDocx?: () => Promise<void>;
  children: () => ReactNode;
}

/** A printed document's screen: loading, error and not-found states, and the "In" / "Đóng" toolbar. */
export function PrintFrame(props: PrintFrameProps) {
  const { t } = useTranslation('print');
  const navigate = useNavigate();
  useDocumentTitle(`${props.pageTitle} · ${t('app.name', { ns: 'translation' })}`);

  function close() {
    // A tab the app opened closes itself; one reached another way goes back to the page it prints.
    window.close();
    window.setTimeout(() => {
      if (!window.closed) navigate(props.closeTo);
    }, 100);
  }

  if (props.loading) return <PageLoader fullPage />;
  if (props.error)
    return (
      <Center p="md">
        <ErrorState error={props.error} title={props.loadFailed} onRetry={props.onRetry} />
      </Center>
    );
  if (props.notFound)
    return (
      <Center p="md">
        <Group gap="md">
          <Text data-testid="print-not-found">{props.notFoundText ?? t('chrome.notFound')}</Text>
          <Button variant="default" onClick={close}>
            {t('chrome.close')}
          </Button>
        </Group>
      </Center>
    );

  return (
    <>
      <PrintToolbar>
        <Text size="xs" c="dimmed">
          {t('chrome.hint')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={close} data-testid="close-button">
            {t('chrome.close')}
          </Button>
          {props.saveDocx && <DocxDownloadButton save={props.saveDocx} />}
          <Button onClick={() => window.print()} data-testid="print-button">
            {t('chrome.print')}
          </Button>
        </Group>
      </PrintToolbar>
      {props.children()}
    </>
  );
}
