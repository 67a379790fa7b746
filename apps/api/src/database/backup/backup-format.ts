/*
 * The layout of a backup file. A backup is one gzip stream of text lines: a header (JSON), then for
 * each table a section line (JSON) followed by the table's rows exactly as PostgreSQL's COPY text
 * format writes them and the line `\.`, then a footer (JSON) with each table's row count and the
 * sequences' values. COPY's text format escapes newlines, carriage returns and backslashes inside
 * values, so a row is always one line and `\.` can only be the end of a section.
 *
 * Why not pg_dump's custom format: the embedded server's npm package ships `postgres`, `initdb` and
 * `pg_ctl` only, and a pg_dump older than the server refuses to dump it (a machine's own client tools
 * are often older). This format needs nothing but the server and the API's own code: the schema is
 * not in the file, it comes from the migrations the file names, as it does for every database.
 */

export const BACKUP_FORMAT = 'hoanhap-backup';
export const BACKUP_VERSION = 1;
/** Ends the rows of a section (COPY's own end-of-data marker). */
export const END_OF_ROWS = '\\.';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** When the snapshot was taken (ISO 8601, UTC). */
  createdAt: string;
  /** `server_version` of the database backed up. */
  serverVersion: string;
  /** The migrations applied to the database, in order: the restore builds the same schema first. */
  migrations: string[];
}

export interface TableSection {
  /** Schema-qualified name, e.g. `public.returnee`. */
  table: string;
  /** The columns written, in order (generated columns are recomputed, not stored). */
  columns: string[];
}

export interface SequenceValue {
  sequence: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupFooter {
  end: true;
  /** Rows written per table: the restore checks it loaded exactly these. */
  rows: Record<string, number>;
  sequences: SequenceValue[];
}

/** `hoanhap-YYYYMMDD-HHmmss.dump`, in UTC, so files sort by time and never depend on a machine's zone. */
export function backupFileName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `hoanhap-${stamp}.dump`;
}

/** Session settings that make COPY's text output exact and identical on every machine. */
export const EXACT_TEXT_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  'SET extra_float_digits = 3',
  "SET bytea_output = 'hex'",
  'SET statement_timeout = 0',
  'SET lock_timeout = 0',
];
