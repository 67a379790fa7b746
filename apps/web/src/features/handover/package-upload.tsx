import { Button, FileInput, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/forms/form-error';
import { HANDOVER_NS } from '../../i18n/handover';
import { type CasePackagePreview, packageFileProblem, previewCasePackage } from './case-package-requests';
import { useHandoverErrorMessage } from './handover-error';

/** Step 1: the package file the sending ward sent, verified by the API before anything is shown. */
export function PackageUpload({ onPreview }: { onPreview: (preview: CasePackagePreview) => void }) {
  const { t } = useTranslation(HANDOVER_NS);
  const message = useHandoverErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reading) return;
    const problem = file ? packageFileProblem(file) : 'fileRequired';
    setFileError(problem ? t(`receive.upload.${problem}`) : undefined);
    setRefusal(null);
    if (!file || problem) return;
    setReading(true);
    try {
      onPreview(await previewCasePackage(file));
    } catch (error) {
      setRefusal(message(error));
    } finally {
      setReading(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="package-upload-form">
      <Stack gap="md" maw={560}>
        <FileInput
          label={t('receive.upload.file')}
          description={t('receive.upload.fileHint')}
          placeholder={t('receive.upload.filePlaceholder')}
          accept=".json,application/json"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFileError(undefined);
            setRefusal(null);
          }}
          clearable
          withAsterisk
          error={fileError}
        />
        <FormError message={refusal} testId="package-refusal" />
        <Group>
          <Button type="submit" loading={reading}>
            {t('receive.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
