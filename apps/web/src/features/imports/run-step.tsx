import { Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/forms/form-error';
import type { ImportJobFieldsFragment } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';
import { ImportJobView } from './import-job-view';
import { useImportJob } from './use-import-job';

interface RunStepProps {
  jobId: string;
  /** What the step says about itself ("Chạy thử chỉ kiểm tra…"). */
  note?: string;
  /** The API's refusal of the next upload, in the user's language. */
  error: string | null;
  /** The step's buttons, given the job as it stands (null until the first answer). */
  actions: (job: ImportJobFieldsFragment | null) => ReactNode;
  /** Once, when the job ends. */
  onFinished?: (job: ImportJobFieldsFragment) => void;
}

/** Steps 3 and 4: one job followed until it ends, its outcome, then what can be done next. */
export function RunStep({ jobId, note, error, actions, onFinished }: RunStepProps) {
  const { t } = useTranslation(IMPORTS_NS);
  const { job, finished, error: loadError, refetch } = useImportJob(jobId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the job's end is the trigger, not each new answer
  useEffect(() => {
    if (finished && job) onFinished?.(job);
  }, [finished]);
  return (
    <Stack gap="md" data-testid="run-step">
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
      {job ? (
        <ImportJobView job={job} />
      ) : loadError ? (
        <ErrorState error={loadError} onRetry={() => refetch()} />
      ) : (
        <Text size="sm" role="status">
          {t('job.queued')}
        </Text>
      )}
      <FormError message={error} testId="run-error" />
      {actions(job)}
    </Stack>
  );
}
