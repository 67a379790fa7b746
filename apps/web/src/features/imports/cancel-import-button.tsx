import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CancelImportDocument } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';

/** "Dừng" for an import that has not finished; rows already imported stay (docs/api.md, "Imports"). */
export function CancelImportButton({ id, fileName }: { id: string; fileName: string }) {
  const { t } = useTranslation(IMPORTS_NS);
  const errorMessage = useApiErrorMessage();
  // The answer is the job itself: the cache updates it wherever it is shown.
  const [cancel, { loading, error }] = useMutation(CancelImportDocument, { variables: { id } });
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        color="red"
        loading={loading}
        onClick={() => void cancel().catch(() => undefined)}
        aria-label={`${t('job.stop')}: ${fileName}`}
        data-testid="cancel-import"
      >
        {t('job.stop')}
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {t('job.stopFailed', { reason: errorMessage(error) })}
        </Text>
      )}
    </Group>
  );
}
