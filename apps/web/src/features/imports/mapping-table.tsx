import { IMPORT_FIELDS, IMPORT_RECORD_FIELDS, IMPORT_RECORDS, type ImportField } from '@hoanhap/shared';
import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORTS_NS } from '../../i18n/imports';
import type { Mapping, PreviewColumn } from './import-types';
import type { MappingProblems } from './mapping';

/** The Select's value for a column left out (a Select's values are strings). */
const SKIP = 'SKIP';

/** A column's header as shown; one without a header is named by its position. */
export function useColumnName() {
  const { t } = useTranslation(IMPORTS_NS);
  return (column: PreviewColumn) => column.header.trim() || t('columns.noHeaderText', { number: column.index + 1 });
}

interface MappingTableProps {
  columns: readonly PreviewColumn[];
  mapping: Mapping;
  onChange: (columnIndex: number, field: ImportField | null) => void;
  problems: MappingProblems;
}

/** Each column of the header row with the field it goes into ("Không nhập" leaves it out). */
export function MappingTable({ columns, mapping, onChange, problems }: MappingTableProps) {
  const { t } = useTranslation(IMPORTS_NS);
  const columnName = useColumnName();
  const recordFields = new Set<string>(Object.values(IMPORT_RECORD_FIELDS).flat());
  const option = (field: ImportField) => ({ value: field, label: t(`fields.${field}`) });
  // The person's fields first, then each record's under its own heading.
  const options = [
    {
      group: t('groups.person'),
      items: [
        { value: SKIP, label: t('columns.skip') },
        ...IMPORT_FIELDS.filter((f) => !recordFields.has(f)).map(option),
      ],
    },
    ...IMPORT_RECORDS.map((record) => ({
      group: t(`groups.${record}`),
      items: (IMPORT_RECORD_FIELDS[record] as readonly ImportField[]).map(option),
    })),
  ];
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped data-testid="mapping-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.column')}</Table.Th>
            <Table.Th scope="col">{t('columns.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column) => {
            const field = mapping[column.index] ?? null;
            const duplicate = field !== null && problems.duplicateColumns.includes(column.index);
            return (
              <Table.Tr key={column.index} data-testid="mapping-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {columnName(column)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('columns.fieldOf', { header: columnName(column) })}
                    data={options}
                    value={field ?? SKIP}
                    onChange={(value) =>
                      onChange(column.index, !value || value === SKIP ? null : (value as ImportField))
                    }
                    allowDeselect={false}
                    error={duplicate ? t('columns.duplicate', { field: t(`fields.${field}`) }) : undefined}
                    data-testid={`mapping-${column.index}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
