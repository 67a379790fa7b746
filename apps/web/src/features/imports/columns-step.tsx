import type { ImportField } from '@hoanhap/shared';
import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/forms/form-error';
import { IMPORTS_NS } from '../../i18n/imports';
import type { ImportPreview, Mapping } from './import-types';
import { mappingIsValid, mappingProblems } from './mapping';
import { MappingTable } from './mapping-table';
import { PreviewRows } from './preview-rows';
import { TemplateBar } from './template-bar';
import type { ImportTemplateFieldsFragment } from '../../gql/graphql';

interface ColumnsStepProps {
  /** The unit the people come into: its templates are offered. */
  unitCode: string;
  preview: ImportPreview;
  mapping: Mapping;
  onMappingChange: (mapping: Mapping) => void;
  /** Maps the columns as a saved template does (reading the file again at its header row if needed). */
  onApplyTemplate: (template: ImportTemplateFieldsFragment) => void;
  /** Reads the file again with another header row. */
  onReread: (headerRow: number) => Promise<void>;
  reading: boolean;
  onBack: () => void;
  onDryRun: () => Promise<void>;
  starting: boolean;
  /** The API's refusal (of the re-read or of the dry run), in the user's language. */
  error: string | null;
}

/** Step 2: the header row, what each column goes into, and the first rows with their problems. */
export function ColumnsStep(props: ColumnsStepProps) {
  const { unitCode, preview, mapping, onMappingChange, onApplyTemplate, onReread, reading } = props;
  const { onBack, onDryRun, starting, error } = props;
  const { t } = useTranslation(IMPORTS_NS);
  const [headerRow, setHeaderRow] = useState<number | string>(preview.headerRow ?? '');
  const [tried, setTried] = useState(false);
  const problems = mappingProblems(mapping);
  const valid = mappingIsValid(problems);
  const found = preview.headerRow !== null && preview.columns.length > 0;

  function change(index: number, field: ImportField | null) {
    const next = [...mapping];
    next[index] = field;
    onMappingChange(next);
  }

  function dryRun() {
    setTried(true);
    if (valid) void onDryRun();
  }

  const chosenRow = typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 1 ? headerRow : null;
  return (
    <Stack gap="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosenRow !== null) void onReread(chosenRow);
        }}
        noValidate
      >
        <Group align="flex-end">
          <NumberInput
            label={t('columns.headerRow')}
            description={t('columns.headerRowHint')}
            value={headerRow}
            onChange={setHeaderRow}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            w={260}
            data-testid="header-row"
          />
          <Button type="submit" variant="default" loading={reading} disabled={chosenRow === null}>
            {t('columns.reread')}
          </Button>
        </Group>
      </form>
      {found ? (
        <Text size="sm" data-testid="header-found">
          {t('columns.detected', { row: preview.headerRow, count: preview.rowsTotal })}
        </Text>
      ) : (
        <Alert color="yellow" variant="light" role="status" data-testid="no-header">
          {t('columns.noHeader')}
        </Alert>
      )}
      {found && (
        <>
          <TemplateBar
            unitCode={unitCode}
            preview={preview}
            mapping={mapping}
            mappingValid={valid}
            onApply={onApplyTemplate}
          />
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('columns.mappingTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('columns.mappingHint')}
            </Text>
            <MappingTable columns={preview.columns} mapping={mapping} onChange={change} problems={problems} />
            {problems.missingName && (
              <Text size="sm" c="red" role={tried ? 'alert' : undefined} data-testid="name-required">
                {t('columns.nameRequired')}
              </Text>
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('columns.previewTitle')}
            </Title>
            <PreviewRows preview={preview} mapping={mapping} />
          </Stack>
        </>
      )}
      <FormError message={tried && !valid ? t('columns.fixMapping') : error} testId="columns-error" />
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('columns.back')}
        </Button>
        <Button onClick={dryRun} loading={starting} disabled={!found} data-testid="start-dry-run">
          {t('columns.dryRun')}
        </Button>
      </Group>
    </Stack>
  );
}
