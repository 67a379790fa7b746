import type { ImportField } from '@hoanhap/shared';

/* What `POST /imports/preview` answers and what `POST /imports` takes (docs/api.md, "Imports"). */

/** A column of the header row, with the field its header suggests. */
export interface PreviewColumn {
  /** 0-based position in the header row, the index of `cells` and of the mapping. */
  index: number;
  header: string;
  suggested: ImportField | null;
}

/** A data row as the sheet has it, with the cells the suggested mapping could not read. */
export interface PreviewRow {
  /** The sheet's row number (1-based). */
  number: number;
  cells: (string | null)[];
  /** `reason` is worded in Vietnamese by the API. */
  problems: { column: number; reason: string }[];
}

/** What `POST /imports/preview` answers: the header row, its columns and the first data rows. */
export interface ImportPreview {
  fileName: string;
  /** 1-based; null when no header row naming the people was found. */
  headerRow: number | null;
  rowsTotal: number;
  columns: PreviewColumn[];
  rows: PreviewRow[];
}

/**
 * What each column of the header row is imported into, by column index: a field, or null for a
 * column left out. The API takes it as sent (`mapping` of `POST /imports`): one entry per column,
 * "fullName" exactly once, any other field at most once.
 */
export type Mapping = (ImportField | null)[];
