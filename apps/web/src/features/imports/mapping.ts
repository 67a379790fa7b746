import { IMPORT_FIELDS, type ImportField, importHeaderKey } from '@hoanhap/shared';
import type { Mapping, PreviewColumn } from './import-types';

/** The API's suggestions, one entry per column of the header row (a gap in the indexes is left out). */
export function suggestedMapping(columns: readonly PreviewColumn[]): Mapping {
  const width = columns.reduce((max, column) => Math.max(max, column.index + 1), 0);
  const mapping: Mapping = Array.from({ length: width }, () => null);
  for (const column of columns) mapping[column.index] = column.suggested;
  return mapping;
}

/** Why the mapping cannot be sent: the name column is missing, or columns share a field. */
export interface MappingProblems {
  /** No column is the full name: the API cannot tell who a row is. */
  missingName: boolean;
  /** Column indexes whose field an earlier column already has. */
  duplicateColumns: number[];
}

export function mappingProblems(mapping: Mapping): MappingProblems {
  const seen = new Set<ImportField>();
  const duplicateColumns: number[] = [];
  mapping.forEach((field, index) => {
    if (field === null) return;
    if (seen.has(field)) duplicateColumns.push(index);
    seen.add(field);
  });
  return { missingName: !seen.has('fullName'), duplicateColumns };
}

export function mappingIsValid(problems: MappingProblems): boolean {
  return !problems.missingName && problems.duplicateColumns.length === 0;
}

/**
 * Whether the preview's word on a cell still holds: the API checked each cell against the field
 * it suggested for the column, so once the user picks another field that check says nothing. A
 * problem outside the header's columns is the row's own and always holds.
 */
export function problemApplies(mapping: Mapping, columns: readonly PreviewColumn[], columnIndex: number): boolean {
  const column = columns.find((c) => c.index === columnIndex);
  if (!column) return true;
  return mapping[columnIndex] != null && mapping[columnIndex] === column.suggested;
}

/** A saved template's columns: each header and the field it fills. */
export interface TemplateColumns {
  columns: ReadonlyArray<{ header: string; field: string | null }>;
}

/**
 * The mapping a template gives the columns read: each column takes the field of the template's
 * column with the same header (case, accents and spacing ignored), as the API maps by template.
 */
export function templateMapping(columns: readonly PreviewColumn[], template: TemplateColumns): Mapping {
  const byHeader = new Map(template.columns.map((c) => [importHeaderKey(c.header), c.field] as const));
  const mapping = suggestedMapping(columns).map(() => null as ImportField | null);
  const seen = new Set<ImportField>();
  for (const column of columns) {
    const field = byHeader.get(importHeaderKey(column.header)) ?? null;
    if (field === null || !isImportField(field) || seen.has(field)) continue;
    seen.add(field);
    mapping[column.index] = field;
  }
  return mapping;
}

/** The template the mapping makes: every column's header and its field (null: not imported). */
export function mappingColumns(columns: readonly PreviewColumn[], mapping: Mapping) {
  return columns.map((column) => ({ header: column.header, field: mapping[column.index] ?? null }));
}

const isImportField = (value: string): value is ImportField => (IMPORT_FIELDS as readonly string[]).includes(value);
