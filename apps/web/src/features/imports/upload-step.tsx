import { Button, FileInput, Group, Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/forms/form-error';
import { IMPORTS_NS } from '../../i18n/imports';
import { fileProblem, IMPORT_EXTENSIONS } from './import-requests';
import { useImportUnits } from './use-import-units';

interface UploadStepProps {
  file: File | null;
  unitCode: string | null;
  onFileChange: (file: File | null) => void;
  onUnitChange: (unitCode: string | null) => void;
  /** Reads the file's columns; resolves once the next step is shown or the error is. */
  onNext: () => Promise<void>;
  reading: boolean;
  /** The API's refusal of the file, in the user's language. */
  error: string | null;
}

/** Step 1: the file and the unit the people come into. */
export function UploadStep({ file, unitCode, onFileChange, onUnitChange, onNext, reading, error }: UploadStepProps) {
  const { t } = useTranslation(IMPORTS_NS);
  // The user's own unit is there at once; the others in scope join it once loaded.
  const { options, error: unitsError } = useImportUnits();
  const [errors, setErrors] = useState<{ file?: string; unit?: string }>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = file ? fileProblem(file) : 'fileRequired';
    const next = {
      file: problem ? t(`upload.${problem}`) : undefined,
      unit: unitCode ? undefined : t('upload.unitRequired'),
    };
    setErrors(next);
    if (next.file || next.unit) return;
    void onNext();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="upload-form">
      <Stack gap="md" maw={560}>
        <FileInput
          label={t('upload.file')}
          description={t('upload.fileHint')}
          placeholder={t('upload.filePlaceholder')}
          accept={IMPORT_EXTENSIONS.join(',')}
          value={file}
          onChange={(chosen) => {
            onFileChange(chosen);
            setErrors((prev) => ({ ...prev, file: undefined }));
          }}
          clearable
          withAsterisk
          error={errors.file}
          data-testid="import-file"
        />
        <Select
          label={t('upload.unit')}
          description={t('upload.unitHint')}
          data={options.map((u) => ({ value: u.code, label: u.name }))}
          value={unitCode}
          onChange={(code) => {
            onUnitChange(code);
            setErrors((prev) => ({ ...prev, unit: undefined }));
          }}
          withAsterisk
          allowDeselect={false}
          error={errors.unit ?? (unitsError ? t('pickers.loadFailed', { ns: 'translation' }) : undefined)}
          data-testid="import-unit"
        />
        <FormError message={error} testId="upload-error" />
        <Group>
          <Button type="submit" loading={reading} data-testid="read-file">
            {t('upload.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
