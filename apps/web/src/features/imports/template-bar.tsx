import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorInfo } from '../../apollo/error-code';
import { FormError } from '../../components/forms/form-error';
import type { FormErrors } from '../../components/forms/form-errors';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import {
  type ImportTemplateFieldsFragment,
  ImportTemplatesDocument,
  SaveImportTemplateDocument,
} from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';
import type { ImportPreview, Mapping } from './import-types';
import { mappingColumns } from './mapping';

export const TEMPLATE_NAME_MAX = 80;

interface TemplateBarProps {
  unitCode: string;
  preview: ImportPreview;
  mapping: Mapping;
  /** Whether the mapping can be saved (a name column, no field twice). */
  mappingValid: boolean;
  onApply: (template: ImportTemplateFieldsFragment) => void;
}

/**
 * The unit's saved column templates: pick one to map this file as the last one was, or save the
 * mapping made here under a name for the next file of the same kind.
 */
export function TemplateBar({ unitCode, preview, mapping, mappingValid, onApply }: TemplateBarProps) {
  const { t } = useTranslation(IMPORTS_NS);
  const { data, loading, error, refetch } = useQuery(ImportTemplatesDocument, { variables: { unitCode } });
  const templates = data?.importTemplates ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const map = (info: ApiErrorInfo): FormErrors | undefined =>
    info.code === 'BAD_USER_INPUT' && info.field === 'input.name' && info.reason === 'DUPLICATE'
      ? { fields: { name: t('templates.duplicate') } }
      : undefined;
  const { errors, invalid, clear, submitting, submit } = useMutationForm({ map });
  const [save] = useMutation(SaveImportTemplateDocument);

  async function send() {
    const trimmed = name.trim();
    setSaved(null);
    if (!trimmed) return invalid({ name: t('templates.nameRequired') });
    if (!mappingValid || preview.headerRow === null) return invalid({ name: t('templates.fixMapping') });
    await submit(
      () =>
        save({
          variables: {
            input: {
              unitCode,
              name: trimmed,
              headerRow: preview.headerRow as number,
              columns: mappingColumns(preview.columns, mapping),
            },
          },
        }),
      async () => {
        setSaved(trimmed);
        setName('');
        await refetch().catch(() => undefined);
      },
    );
  }

  return (
    <Stack gap="xs" data-testid="template-bar">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('templates.choose')}
          placeholder={loading ? t('templates.loading') : t('templates.choosePlaceholder')}
          description={!loading && templates.length === 0 ? t('templates.none') : undefined}
          data={templates.map((template) => ({
            value: template.id,
            label:
              template.unit.code === unitCode
                ? template.name
                : t('templates.fromUnit', { name: template.name, unit: template.unit.name }),
          }))}
          value={chosen}
          onChange={(id) => {
            setChosen(id);
            const template = templates.find((candidate) => candidate.id === id);
            if (template) onApply(template);
          }}
          disabled={templates.length === 0}
          w={320}
          data-testid="template-choose"
        />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
          noValidate
        >
          <Group align="flex-end">
            <TextInput
              label={t('templates.name')}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                clear('name');
              }}
              maxLength={TEMPLATE_NAME_MAX}
              error={errors.fields.name || undefined}
              w={260}
              data-testid="template-name"
            />
            <Button type="submit" variant="default" loading={submitting} data-testid="template-save">
              {t('templates.save')}
            </Button>
          </Group>
        </form>
      </Group>
      {error && <FormError message={t('templates.loadFailed')} />}
      <FormError message={errors.form && !errors.fields.name ? errors.form : null} />
      {saved && (
        <Text size="sm" role="status" data-testid="template-saved">
          {t('templates.saved', { name: saved })}
        </Text>
      )}
    </Stack>
  );
}
