import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { listSequences, listTables, quotedColumns, quotedTable, tableKey } from './backup-catalog.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFooter,
  type BackupHeader,
  backupFileName,
  END_OF_ROWS,
  EXACT_TEXT_SETTINGS,
  type SequenceValue,
  type TableSection,
} from './backup-format.js';

export interface BackupOptions {
  /** The database to back up, as its owner. */
  url: string;
  /** Where the file goes: a path, or a folder in which it is named by the time. */
  to: { file: string } | { dir: string };
  /** Names the file (tests pass a fixed time). */
  now?: Date;
  /** Table names and row counts only: never a value. */
  onProgress?: (message: string) => void;
}

export interface BackupResult {
  file: string;
  bytes: number;
  rows: Record<string, number>;
}

/**
 * Writes a consistent backup of the database: every table read in one REPEATABLE READ snapshot
 * (as pg_dump does), with document files included since they are stored in the database. The file
 * is written under a temporary name and renamed when complete, so a failed run never leaves a file
 * that looks like a backup; it is readable by its owner only (it holds personal data).
 */
export async function writeBackup({ url, to, now = new Date(), onProgress }: BackupOptions): Promise<BackupResult> {
  const file = 'file' in to ? path.resolve(to.file) : path.join(path.resolve(to.dir), backupFileName(now));
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url, application_name: 'hoanhap-backup' });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    for (const setting of EXACT_TEXT_SETTINGS) await client.query(setting);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listTables(client);
    // No table may change shape while it is read (a migration waits for the backup instead).
    if (tables.length > 0) {
      await client.query(`LOCK TABLE ${tables.map((t) => quotedTable(client, t)).join(', ')} IN ACCESS SHARE MODE`);
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      serverVersion: (await client.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? 'unknown',
      migrations: await appliedMigrations(client),
    };

    async function* lines(): AsyncGenerator<Buffer | string> {
      yield jsonLine(header);
      for (const table of tables) {
        const key = tableKey(table);
        yield jsonLine({ table: key, columns: table.columns } satisfies TableSection);
        const from = `${table.kind === 'r' ? 'ONLY ' : ''}${quotedTable(client, table)}`;
        const copy = client.query(
          copyTo(`COPY (SELECT ${quotedColumns(client, table.columns)} FROM ${from}) TO STDOUT`),
        );
        let count = 0;
        for await (const chunk of copy as AsyncIterable<Buffer>) {
          count += newlines(chunk);
          yield chunk;
        }
        yield `${END_OF_ROWS}\n`;
        rows[key] = count;
        onProgress?.(`${key}: ${count} rows`);
      }
      yield jsonLine({ end: true, rows, sequences: await sequenceValues(client) } satisfies BackupFooter);
    }

    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial, { mode: 0o600, flags: 'wx' }));
    await client.query('COMMIT');
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
  return { file, bytes: (await stat(file)).size, rows };
}

/** Names from the migrations table, oldest first; none when the database was never migrated. */
async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('public.schema_migration') IS NOT NULL AS found`);
  if (!exists.rows[0]?.found) return [];
  const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY timestamp, id');
  return rows.map((r) => r.name);
}

async function sequenceValues(client: pg.Client): Promise<SequenceValue[]> {
  const values: SequenceValue[] = [];
  for (const sequence of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${sequence}`,
    );
    const row = rows[0];
    if (row) values.push({ sequence, lastValue: row.last_value, isCalled: row.is_called });
  }
  return values;
}

const jsonLine = (value: unknown) => `${JSON.stringify(value)}\n`;

function newlines(chunk: Buffer): number {
  let count = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count++;
  return count;
}
