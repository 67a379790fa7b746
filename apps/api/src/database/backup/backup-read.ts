import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { BackupRefusedError } from './backup-errors.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFooter,
  type BackupHeader,
  END_OF_ROWS,
  type TableSection,
} from './backup-format.js';

/** What a backup file says, in order: its header, then table sections (with their rows), then its footer. */
export type BackupPart =
  | { kind: 'section'; section: TableSection; rows: AsyncIterable<string> }
  | { kind: 'footer'; footer: BackupFooter };

export interface BackupReader {
  header: BackupHeader;
  parts(): AsyncGenerator<BackupPart>;
  close(): void;
}

/**
 * Opens a backup file and reads its header. The rows of a section must be consumed before the next
 * part is asked for (they are read from the same stream). A file cut short ends without a footer,
 * which the restore refuses.
 */
export async function openBackup(file: string): Promise<BackupReader> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    try {
      const { value, done } = await lines.next();
      return done ? undefined : value;
    } catch {
      throw new BackupRefusedError('notABackup');
    }
  };
  const header = parseJson<BackupHeader>(await next());
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION || !Array.isArray(header.migrations)) {
    throw new BackupRefusedError('notABackup');
  }

  async function* rowsOfSection(): AsyncGenerator<string> {
    for (let line = await next(); line !== END_OF_ROWS; line = await next()) {
      if (line === undefined) throw new BackupRefusedError('incomplete');
      yield line;
    }
  }

  async function* parts(): AsyncGenerator<BackupPart> {
    for (let line = await next(); line !== undefined; line = await next()) {
      const value = parseJson<Partial<TableSection & BackupFooter>>(line);
      if (value.end === true && value.rows && Array.isArray(value.sequences)) {
        yield { kind: 'footer', footer: value as BackupFooter };
        return;
      }
      if (typeof value.table !== 'string' || !Array.isArray(value.columns)) throw new BackupRefusedError('notABackup');
      const rows = rowsOfSection();
      yield { kind: 'section', section: { table: value.table, columns: value.columns }, rows };
    }
    throw new BackupRefusedError('incomplete');
  }

  return { header, parts, close: () => input.destroy() };
}

function parseJson<T>(line: string | undefined): T {
  if (line === undefined) throw new BackupRefusedError('incomplete');
  try {
    const value = JSON.parse(line) as unknown;
    if (value && typeof value === 'object') return value as T;
  } catch {
    // not JSON: not one of our files
  }
  throw new BackupRefusedError('notABackup');
}

/**
 * Reads a whole backup once without loading it: a file cut short or whose row counts disagree with
 * its footer is refused before the target database is touched.
 */
export async function checkBackup(file: string): Promise<BackupHeader> {
  const reader = await openBackup(file);
  try {
    const counted: Record<string, number> = {};
    for await (const part of reader.parts()) {
      if (part.kind === 'footer') {
        const mismatch = Object.entries(part.footer.rows).find(([table, rows]) => counted[table] !== rows);
        if (mismatch || Object.keys(counted).length !== Object.keys(part.footer.rows).length) {
          throw new BackupRefusedError('incomplete', mismatch?.[0]);
        }
        return reader.header;
      }
      let rows = 0;
      for await (const _ of part.rows) rows++;
      counted[part.section.table] = rows;
    }
    throw new BackupRefusedError('incomplete');
  } finally {
    reader.close();
  }
}
