import { useApolloClient } from '@apollo/client/react';
import { JobStatus } from '@hoanhap/shared';
import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { type ImportJobFieldsFragment, type ImportTemplateFieldsFragment, MyImportsDocument } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';
import { loginPath } from '../auth/login-redirect';
import { ColumnsStep } from './columns-step';
import { useImportErrorMessage } from './import-error';
import { ImportRequestError, previewImport, startImport } from './import-requests';
import type { ImportPreview, Mapping } from './import-types';
import { suggestedMapping, templateMapping } from './mapping';
import { RunStep } from './run-step';
import { UploadStep } from './upload-step';
import { useImportUnits } from './use-import-units';

const UPLOAD = 0;
const COLUMNS = 1;
const DRY_RUN = 2;
const IMPORT = 3;

/**
 * The import in four steps: the file and unit, its columns, a dry run that writes nothing, then
 * the import itself with the same file, header row and columns. Each job also shows in "Các lần
 * nhập gần đây", so the user may leave and find its outcome there.
 */
export function ImportWizard({ campaignId = null }: { campaignId?: string | null } = {}) {
  const { t } = useTranslation(IMPORTS_NS);
  const client = useApolloClient();
  const errorMessage = useImportErrorMessage();
  const navigate = useNavigate();
  const location = useLocation();
  const { options, defaultCode } = useImportUnits();
  const [step, setStep] = useState(UPLOAD);
  const [file, setFile] = useState<File | null>(null);
  const [unitCode, setUnitCode] = useState<string | null>(defaultCode);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [dryRunId, setDryRunId] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'starting' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unitName = options.find((u) => u.code === unitCode)?.name ?? unitCode ?? '';

  /** Says why an upload was refused; a session that expired meanwhile goes to sign in and back here. */
  function refused(failure: unknown) {
    if (failure instanceof ImportRequestError && failure.status === 401) {
      navigate(loginPath(location, 'expired'), { replace: true });
      return;
    }
    setError(errorMessage(failure));
  }

  function go(next: number) {
    setError(null);
    setStep(next);
  }

  /** Reads the file at a header row (null: found by the API), mapped as suggested or as a template maps it. */
  async function read(headerRow: number | null, template?: ImportTemplateFieldsFragment) {
    if (!file) return;
    setBusy('reading');
    setError(null);
    try {
      const answer = await previewImport(file, headerRow);
      setPreview(answer);
      setMapping(template ? templateMapping(answer.columns, template) : suggestedMapping(answer.columns));
      go(COLUMNS);
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(null);
    }
  }

  function applyTemplate(template: ImportTemplateFieldsFragment) {
    if (!preview) return;
    if (template.headerRow !== preview.headerRow) void read(template.headerRow, template);
    else setMapping(templateMapping(preview.columns, template));
  }

  async function start(dryRun: boolean) {
    if (!file || !unitCode || !preview) return;
    setBusy('starting');
    setError(null);
    try {
      const id = await startImport({ file, unitCode, dryRun, headerRow: preview.headerRow, mapping, campaignId });
      if (dryRun) setDryRunId(id);
      else setImportId(id);
      go(dryRun ? DRY_RUN : IMPORT);
      // The new job joins the recent imports below.
      void client.refetchQueries({ include: [MyImportsDocument] }).catch(() => undefined);
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(null);
    }
  }

  function imported(job: ImportJobFieldsFragment) {
    // People were registered or changed: lists read before now are stale.
    if (job.rowsImported + job.rowsUpdated > 0) {
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'returnees' });
      client.cache.gc();
    }
  }

  function restart() {
    setFile(null);
    setPreview(null);
    setMapping([]);
    setDryRunId(null);
    setImportId(null);
    go(UPLOAD);
  }

  return (
    <Stepper active={step} aria-label={t('steps.label')} data-testid="import-steps">
      <Stepper.Step label={t('steps.upload')} description={t('steps.uploadHint')}>
        <UploadStep
          file={file}
          unitCode={unitCode}
          onFileChange={(chosen) => {
            setFile(chosen);
            setError(null);
          }}
          onUnitChange={setUnitCode}
          onNext={() => read(null)}
          reading={busy === 'reading'}
          error={step === UPLOAD ? error : null}
        />
      </Stepper.Step>
      <Stepper.Step label={t('steps.columns')} description={t('steps.columnsHint')}>
        {preview && (
          <>
            <Text size="sm" mb="md" data-testid="file-line">
              {t('columns.fileLine', { file: preview.fileName, unit: unitName })}
            </Text>
            <ColumnsStep
              key={preview.headerRow ?? 'none'}
              unitCode={unitCode ?? ''}
              preview={preview}
              mapping={mapping}
              onMappingChange={setMapping}
              onApplyTemplate={applyTemplate}
              onReread={read}
              reading={busy === 'reading'}
              onBack={() => go(UPLOAD)}
              onDryRun={() => start(true)}
              starting={busy === 'starting'}
              error={step === COLUMNS ? error : null}
            />
          </>
        )}
      </Stepper.Step>
      <Stepper.Step label={t('steps.dryRun')} description={t('steps.dryRunHint')}>
        {dryRunId && (
          <RunStep
            key={dryRunId}
            jobId={dryRunId}
            note={t('dryRun.note')}
            error={step === DRY_RUN ? error : null}
            actions={(job) => {
              const writes = job ? job.rowsImported + job.rowsUpdated : 0;
              const ready = job?.status === JobStatus.SUCCEEDED && writes > 0;
              return (
                <>
                  {job?.status === JobStatus.SUCCEEDED && writes === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('dryRun.nothing')}
                    </Text>
                  )}
                  <Group>
                    <Button variant="default" onClick={() => go(COLUMNS)}>
                      {t('dryRun.back')}
                    </Button>
                    <Button
                      onClick={() => void start(false)}
                      disabled={!ready}
                      loading={busy === 'starting'}
                      data-testid="start-import"
                    >
                      {t('dryRun.import')}
                    </Button>
                  </Group>
                </>
              );
            }}
          />
        )}
      </Stepper.Step>
      <Stepper.Step label={t('steps.import')} description={t('steps.importHint')}>
        {importId && (
          <RunStep
            key={importId}
            jobId={importId}
            error={null}
            onFinished={imported}
            actions={(job) =>
              job && job.status !== JobStatus.QUEUED && job.status !== JobStatus.RUNNING ? (
                <Stack gap="sm">
                  {job.status === JobStatus.SUCCEEDED && (
                    <Text fw={500} role="status" data-testid="import-done">
                      {t('import.done')}
                    </Text>
                  )}
                  <Group>
                    <Button component={Link} to="/returnees" data-testid="to-people">
                      {t('import.toList')}
                    </Button>
                    <Button variant="default" onClick={restart}>
                      {t('import.again')}
                    </Button>
                  </Group>
                </Stack>
              ) : null
            }
          />
        )}
      </Stepper.Step>
    </Stepper>
  );
}
