import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { installJobQueue } from '../../jobs/job-queue.js';
import { JOBS } from '../../modules/index.js';
import { createDataSource } from '../data-source.js';
import { migrateDatabase } from '../migrate-database.js';
import { MIGRATIONS } from '../migrations/index.js';
import { type CatalogTable, listTables, quotedColumns, quotedTable, tableKey } from './backup-catalog.js';
import { BackupRefusedError } from './backup-errors.js';
import { EXACT_TEXT_SETTINGS } from './backup-format.js';
import { type BackupReader, checkBackup, openBackup } from './backup-read.js';

export interface RestoreOptions {
  /** An empty database, as a superuser (triggers are held off while the rows are loaded, as pg_restore's --disable-triggers). */
  url: string;
  file: string;
  onProgress?: (message: string) => void;
}

export interface RestoreResult {
  rows: Record<string, number>;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  upgradedWith: string[];
}

/**
 * The job queue's own bookkeeping, which the installed pg-boss writes when it makes its tables: its
 * schema version, and one row per queue the code declares (each with its partition of the jobs
 * table). They are kept as installed rather than loaded, so a backup made before a job was added
 * restores into a queue that has it.
 */
export const WRITTEN_BY_INSTALL: ReadonlySet<string> = new Set(['pgboss.version', 'pgboss.queue']);

/**
 * Restores a backup into an empty database: builds the schema the backup was made on (its own list
 * of migrations and the job queue), loads every table in one transaction with triggers held off (the
 * rows already hold what the triggers would compute: statistics, unit closure, audit seals), sets the
 * sequences, checks every table's row count against the file's footer, then applies any newer
 * migrations. Refuses a database that has any table, so nothing is ever overwritten, and a file cut
 * short or damaged before anything is written.
 */
export async function restoreBackup({ url, file, onProgress }: RestoreOptions): Promise<RestoreResult> {
  const client = new pg.Client({ connectionString: url, application_name: 'hoanhap-restore' });
  await client.connect();
  let reader: BackupReader | undefined;
  try {
    if ((await listTables(client)).length > 0) throw new BackupRefusedError('targetNotEmpty');
    await checkBackup(file);
    reader = await openBackup(file);
    const known = new Map(MIGRATIONS.map((migration) => [new migration().name ?? migration.name, migration]));
    const unknown = reader.header.migrations.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new BackupRefusedError('newerVersion', unknown.join(', '));

    onProgress?.(`schema: ${reader.header.migrations.length} migrations of ${reader.header.createdAt}`);
    await withOwner(
      url,
      reader.header.migrations.map((name) => known.get(name) as (typeof MIGRATIONS)[number]),
      async (owner) => {
        await owner.runMigrations({ transaction: 'each' });
        await installJobQueue(owner, JOBS);
      },
    );

    for (const setting of EXACT_TEXT_SETTINGS) await client.query(setting);
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const rows = await loadRows(client, reader, onProgress);
    await client.query('COMMIT');

    const upgradedWith = await withOwner(url, MIGRATIONS, migrateDatabase);
    await client.query('ANALYZE');
    return { rows, upgradedWith };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    reader?.close();
    await client.end().catch(() => undefined);
  }
}

async function withOwner<T>(
  url: string,
  migrations: readonly (typeof MIGRATIONS)[number][],
  work: (owner: ReturnType<typeof createDataSource>) => Promise<T>,
): Promise<T> {
  const owner = createDataSource({ url, poolSize: 2, statementTimeoutMs: 0, migrations: [...migrations] });
  await owner.initialize();
  try {
    return await work(owner);
  } finally {
    await owner.destroy();
  }
}

/** Empties what the migrations wrote, loads each section, sets the sequences, and checks the counts. */
async function loadRows(
  client: pg.Client,
  reader: BackupReader,
  onProgress?: (message: string) => void,
): Promise<Record<string, number>> {
  const tables = new Map((await listTables(client)).map((t) => [tableKey(t), t]));
  const loaded = [...tables.values()].filter((t) => !WRITTEN_BY_INSTALL.has(tableKey(t)));
  // Migrations insert reference rows (holidays, units' defaults); the backup holds them as they were.
  await client.query(`TRUNCATE ${loaded.map((t) => quotedTable(client, t)).join(', ')}`);
  const rows: Record<string, number> = {};
  for await (const part of reader.parts()) {
    if (part.kind === 'footer') {
      for (const { sequence, lastValue, isCalled } of part.footer.sequences) {
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [sequence, lastValue, isCalled]);
      }
      const expected = Object.entries(part.footer.rows).filter(([table]) => !WRITTEN_BY_INSTALL.has(table));
      const mismatch = expected.find(([table, count]) => rows[table] !== count);
      if (mismatch) throw new BackupRefusedError('incomplete', mismatch[0]);
      return rows;
    }
    const { table: key, columns } = part.section;
    const table = tables.get(key);
    const missing = table ? columns.find((c) => !table.columns.includes(c)) : undefined;
    if (!table || missing) throw new BackupRefusedError('tableUnknown', missing ? `${key}.${missing}` : key);
    if (WRITTEN_BY_INSTALL.has(key)) {
      for await (const _ of part.rows); // kept as installed
      continue;
    }
    rows[key] = await copyInto(client, table, columns, part.rows);
    onProgress?.(`${key}: ${rows[key]} rows`);
  }
  throw new BackupRefusedError('incomplete');
}

async function copyInto(
  client: pg.Client,
  table: CatalogTable,
  columns: string[],
  lines: AsyncIterable<string>,
): Promise<number> {
  const sink: Writable = client.query(
    copyFrom(`COPY ${quotedTable(client, table)} (${quotedColumns(client, columns)}) FROM STDIN`),
  );
  let count = 0;
  for await (const line of lines) {
    count++;
    if (!sink.write(`${line}\n`)) await once(sink, 'drain');
  }
  sink.end();
  await finished(sink);
  return count;
}
