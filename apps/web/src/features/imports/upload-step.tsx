import { Button, FileInput, Group, Select, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/forms/form-error';
import { IMPORTS_NS } from '../../i18n/imports';
import { useCurrentUser } from '../auth/current-user';
import { useRegistrableUnits } from '../pickers/use-registrable-units';
import { fileProblem, IMPORT_EXTENSIONS } from './import-requests';

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
  const { units, loading, error: unitsError } = useRegistrableUnits();
  const me = useCurrentUser();
  const [errors, setErrors] = useState<{ file?: string; unit?: string }>({});

  // The user's own unit comes first; one who looks after a single ward gets that ward.
  const defaultCode = units.some((u) => u.code === me.unit.code)
    ? me.unit.code
    : units.length === 1
      ? units[0]?.code
      : null;
  useEffect(() => {
    if (!unitCode && defaultCode) onUnitChange(defaultCode);
  }, [unitCode, defaultCode, onUnitChange]);

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
          data={units.map((u) => ({ value: u.code, label: u.name }))}
          value={unitCode}
          onChange={(code) => {
            onUnitChange(code);
            setErrors((prev) => ({ ...prev, unit: undefined }));
          }}
          disabled={loading}
          placeholder={loading ? t('app.loading', { ns: 'translation' }) : undefined}
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
