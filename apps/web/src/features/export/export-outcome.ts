import { JobStatus } from '@hoanhap/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../apollo/error-code';
import type { ExportJobFieldsFragment } from '../../gql/graphql';
import { EXPORT_NS } from '../../i18n/export';

/** Reasons a job fails, or startExport refuses, that have words of their own; others read "failed". */
const EXPLAINED = ['FORBIDDEN', 'TOO_MANY', 'TIMEOUT', 'BAD_USER_INPUT', 'NETWORK', 'UNAUTHENTICATED'] as const;
type Explained = (typeof EXPLAINED)[number];
const explained = (code: string | null | undefined): code is Explained => EXPLAINED.some((known) => known === code);

/**
 * Why an export did not give a file, in the user's language: from the job's failure reason (a
 * reason code, new ones possible) or from the error startExport answered.
 */
export function useExportFailure() {
  const { t } = useTranslation(EXPORT_NS);
  return useCallback(
    (reason: { failureReason: string | null } | { error: unknown }): string => {
      const code = 'error' in reason ? apiErrorInfo(reason.error).code : reason.failureReason;
      return explained(code) ? t(`failure.${code}`) : t('failed');
    },
    [t],
  );
}

/** What a finished job gave, for the line beside the button; null while it runs. */
export function useExportOutcome() {
  const { t } = useTranslation(EXPORT_NS);
  const failure = useExportFailure();
  return useCallback(
    (job: ExportJobFieldsFragment): { text: string; failed: boolean } | null => {
      switch (job.status) {
        case JobStatus.SUCCEEDED:
          return job.rowsWritten === 0
            ? { text: t('nothing'), failed: false }
            : { text: t('done', { count: job.rowsWritten, file: job.fileName ?? '' }), failed: false };
        case JobStatus.CANCELLED:
          return { text: t('cancelled'), failed: false };
        case JobStatus.FAILED:
          return { text: failure(job), failed: true };
        default:
          return null;
      }
    },
    [t, failure],
  );
}
