import { List, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORTS_NS } from '../../i18n/imports';
import type { ImportPreview, Mapping } from './import-types';
import { problemApplies } from './mapping';
import { useColumnName } from './mapping-table';

/**
 * The file's first data rows as the API read them. A cell with a problem is coloured, says its
 * reason on hover, and points (aria-describedby) to the same words in the list below the table,
 * so the reason is there without a pointer too.
 */
export function PreviewRows({ preview, mapping }: { preview: ImportPreview; mapping: Mapping }) {
  const { t } = useTranslation(IMPORTS_NS);
  const columnName = useColumnName();
  const prefix = useId();
  const { columns, rows } = preview;
  // Row by row, and left to right within a row, as the table reads.
  const problems = rows.flatMap((row) =>
    row.problems
      .filter((p) => problemApplies(mapping, columns, p.column))
      .map((p, i) => ({ ...p, row: row.number, id: `${prefix}-${row.number}-${p.column}-${i}` }))
      .sort((a, b) => a.column - b.column),
  );
  const columnLabel = (index: number) => {
    const column = columns.find((c) => c.index === index);
    return column ? columnName(column) : String(index + 1);
  };

  if (rows.length === 0) {
    return (
      <Text c="dimmed" data-testid="preview-empty">
        {t('columns.noRows')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={Math.max(480, columns.length * 140)}>
        <Table withTableBorder withColumnBorders data-testid="preview-table">
          <Table.Caption>{t('columns.previewCaption', { count: rows.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('columns.row')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.index} scope="col">
                  {columnName(column)}
                  {mapping[column.index] ? (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t(`fields.${mapping[column.index] as NonNullable<Mapping[number]>}`)}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('columns.skip')}
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.number} data-testid="preview-row">
                <Table.Th scope="row">{row.number}</Table.Th>
                {columns.map((column) => {
                  const cellProblems = problems.filter((p) => p.row === row.number && p.column === column.index);
                  const value = row.cells[column.index] ?? '';
                  if (cellProblems.length === 0) return <Table.Td key={column.index}>{value}</Table.Td>;
                  return (
                    <Tooltip
                      key={column.index}
                      label={cellProblems.map((p) => p.reason).join('; ')}
                      multiline
                      maw={320}
                    >
                      <Table.Td
                        bg="var(--mantine-color-red-light)"
                        aria-describedby={cellProblems.map((p) => p.id).join(' ')}
                        data-testid="problem-cell"
                      >
                        {/* Not by colour alone: a mark too. */}
                        <span aria-hidden="true">⚠ </span>
                        {value || '—'}
                      </Table.Td>
                    </Tooltip>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">
        {t('columns.problemsTitle')}
      </Title>
      {problems.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-problems">
          {t('columns.noProblems')}
        </Text>
      ) : (
        <List size="sm" data-testid="problem-list">
          {problems.map((p) => (
            <List.Item key={p.id} id={p.id}>
              {t('columns.problem', { row: p.row, column: columnLabel(p.column), reason: p.reason })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
