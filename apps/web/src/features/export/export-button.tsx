import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RecordExportInput, RecordExportDocument } from '../../gql/graphql';
import { EXPORT_NS, ExportTexts } from '../../i18n/export';
import { collectPages, EXPORT_PAGE_SIZE, type ExportPage, TooManyRowsError } from './collect-pages';
import { downloadXlsx, type ExportColumn, exportFileName } from './xlsx';

export interface ExportButtonProps<Row> {
  /** Start of the file name, e.g. "nguoi-tai-hoa-nhap". */
  fileStem: string;
  /** The sheet's name inside the file. */
  sheet: string;
  columns: readonly ExportColumn<Row>[];
  /** Fetches one page with the list's current filters (the whole list is walked page by page). */
  fetchPage?: (after: string | null) => Promise<ExportPage<Row>>;
  /** Rows already at hand: exported as they are, without fetching. */
  rows?: readonly Row[];
  /** The rows are the user's selection (the button says how many). */
  selection?: boolean;
  disabled?: boolean;
  /** What the audit log records before the file is written (no file when it cannot be recorded). */
  log: RecordExportInput;
}

type State =
  | { step: 'idle' }
  | { step: 'fetching'; done: number; total: number | null }
  | { step: 'writing' }
  | { step: 'finished'; count: number; file: string }
  | { step: 'failed'; message: string };

/**
 * "Export to Excel" for any list: walks the list's pages with its current filters, shows how far it
 * got (and lets the user stop), then writes an .xlsx file. The outcome is announced beside the button.
 */
export function ExportButton<Row>(props: ExportButtonProps<Row>) {
  return (
    <ExportTexts
      fallback={
        <Button variant="default" disabled>
          …
        </Button>
      }
    >
      <ExportButtonInner {...props} />
    </ExportTexts>
  );
}

function ExportButtonInner<Row>({
  fileStem,
  sheet,
  columns,
  fetchPage,
  rows,
  selection,
  disabled,
  log,
}: ExportButtonProps<Row>) {
  const { t } = useTranslation(EXPORT_NS);
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const [recordExport] = useMutation(RecordExportDocument);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    try {
      let data: readonly Row[];
      if (rows) {
        data = rows;
      } else if (fetchPage) {
        setState({ step: 'fetching', done: 0, total: null });
        data = await collectPages(fetchPage, {
          signal: controller.signal,
          onProgress: (done, total) => setState({ step: 'fetching', done, total }),
        });
      } else {
        data = [];
      }
      if (data.length === 0) {
        setState({ step: 'failed', message: t('nothing') });
        return;
      }
      setState({ step: 'writing' });
      // Every export is logged; the file is written only once the log has it.
      await recordExport({ variables: { input: log } });
      const file = exportFileName(fileStem);
      await downloadXlsx(data, columns, { fileName: file, sheet });
      setState({ step: 'finished', count: data.length, file });
    } catch (error) {
      if (controller.signal.aborted) {
        setState({ step: 'idle' });
      } else if (error instanceof TooManyRowsError) {
        setState({ step: 'failed', message: t('tooMany', { total: error.total, max: error.max }) });
      } else {
        setState({ step: 'failed', message: t('failed') });
      }
    } finally {
      abort.current = null;
    }
  }

  const busy = state.step === 'fetching' || state.step === 'writing';
  const percent = state.step === 'fetching' && state.total ? Math.round((state.done / state.total) * 100) : 0;

  return (
    <Group gap="xs" wrap="nowrap">
      <Button variant="default" onClick={() => void run()} loading={busy} disabled={disabled} data-testid="export-xlsx">
        {rows && selection ? t('buttonSelection', { count: rows.length }) : t('button')}
      </Button>
      <Text size="sm" c={state.step === 'failed' ? 'red' : 'dimmed'} role="status" data-testid="export-status">
        {state.step === 'finished'
          ? t('done', { count: state.count, file: state.file })
          : state.step === 'failed'
            ? state.message
            : ''}
      </Text>
      <Modal
        opened={state.step === 'fetching' && (state.total === null ? state.done > 0 : state.total > EXPORT_PAGE_SIZE)}
        onClose={() => abort.current?.abort()}
        title={t('title')}
        centered
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('filtersNote')}
          </Text>
          <Progress
            value={state.step === 'fetching' && state.total === null ? 100 : percent}
            aria-label={t('title')}
            animated
          />
          <Text size="sm" aria-live="polite">
            {state.step === 'fetching' &&
              (state.total === null
                ? t('progressUncounted', { done: state.done })
                : t('progress', { done: state.done, total: state.total }))}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => abort.current?.abort()}>
              {t('cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
