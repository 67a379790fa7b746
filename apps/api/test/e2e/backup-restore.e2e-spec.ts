import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { listTables, quotedTable, tableKey } from '../../src/database/backup/backup-catalog.js';
import { WRITTEN_BY_INSTALL } from '../../src/database/backup/backup-restore.js';
import { sealAuditLog } from '../../src/modules/audit/audit-seal.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { withDemoServer } from '../utils/demo-server.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';
import { GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';

// Issue 14 §3: the restore drill, run as an operator would, through `pnpm backup` and `pnpm restore`'s commands.
const { db, client } = withDemoServer({ logins: ['officer'] });
const officer = client('officer');
const API_DIR = path.resolve(import.meta.dirname, '../..');

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Runs a package script's command as `pnpm backup` / `pnpm restore` would, against `databaseUrl`. */
async function command(script: 'backup' | 'restore', args: string[], databaseUrl: string) {
  const cli = script === 'backup' ? 'backup-cli.ts' : 'restore-cli.ts';
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', `src/database/backup/${cli}`, ...args],
      { cwd: API_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, INIT_CWD: API_DIR, LOG_LEVEL: 'warn' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Each table's row count and a digest of its rows, read as the owner (the job queue's bookkeeping aside). */
async function tableContents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const contents: Record<string, { rows: number; digest: string }> = {};
    for (const table of await listTables(c)) {
      if (WRITTEN_BY_INSTALL.has(tableKey(table))) continue;
      const { rows } = await c.query<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
           FROM ${quotedTable(c, table)} t`,
      );
      contents[tableKey(table)] = rows[0] as { rows: number; digest: string };
    }
    return contents;
  } finally {
    await c.end();
  }
}

const STATS = `{ reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") {
  returned { total stable unstable unemployed } inCaseload { total stable unstable unemployed } } }`;
const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }`;
const RECORD_DOCUMENT = `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`;
/** A file with every byte value, so the document files' bytes are seen to come back unchanged. */
const FILE = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\n%%EOF\n'),
]);

describe('a backup restores (issue 14 §3)', () => {
  let file = '';
  let restored: TestDatabase;
  let atBackup: Awaited<ReturnType<typeof tableContents>> = {};

  it('backs up the seeded database to a custom file named by the time, with its document files', async () => {
    const [{ id: modelId }] = await db.dataSource.query('SELECT id FROM reintegration_model LIMIT 1');
    const doc = await officer.request(RECORD_DOCUMENT, {
      input: {
        kind: 'DECISION',
        numberSymbol: '12/QĐ-UBND',
        issuedOn: '2024-05-02',
        issuer: 'UBND phường Lãm Hà',
        title: 'Quyết định thành lập Tổ hòa nhập',
        modelId,
        file: { name: 'quyet-dinh.pdf', mimeType: 'application/pdf', contentBase64: FILE.toString('base64') },
      },
    });
    expect(doc.errors).toBeUndefined();
    await sealAuditLog(db.dataSource);
    const out = await mkdtemp(path.join(tmpdir(), 'hoanhap-backup-'));
    cleanups.push(() => rm(out, { recursive: true, force: true }));

    const before = await tableContents(db.url);
    const run = await command('backup', ['--out', out], db.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    file = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(path.dirname(file)).toBe(out);
    expect(path.basename(file)).toMatch(/^hoanhap-\d{8}-\d{6}\.dump$/);
    // Progress names tables and counts, never a value: no name from the demo data appears.
    expect(run.stdout).toContain('public.returnee: ');
    expect(run.stdout).not.toMatch(/Nguyễn|Lãm Hà|@hoanhap/);
    expect(await tableContents(db.url)).toEqual(before);
    atBackup = before;
  });

  it('restores into an empty database exactly what the backup saw, not what changed after it', async () => {
    const registered = await officer.request(REGISTER, { input: { fullName: 'Phạm Văn Sau Sao Lưu' } });
    expect(registered.errors).toBeUndefined();
    expect((await tableContents(db.url))['public.returnee']?.rows).toBe((atBackup['public.returnee']?.rows ?? 0) + 1);

    restored = await createTestDatabase({ migrated: false });
    cleanups.push(() => restored.drop());
    const run = await command('restore', [file], restored.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const after = await tableContents(restored.url);
    expect(after).toEqual(atBackup);
    expect(after['public.document_file']?.rows).toBeGreaterThan(0);
    const [stored] = await restored.dataSource.query(
      `SELECT content FROM document_file WHERE sha256 = encode(sha256($1::bytea), 'hex')`,
      [FILE],
    );
    expect(Buffer.compare(stored.content, FILE)).toBe(0);
  });

  it('gives the article’s figures and an audit chain that verifies, on a server over the restored database', async () => {
    const chain = await verifyAuditChain(restored.dataSource);
    expect(chain).toMatchObject({ ok: true, unsealed: 0 });
    expect(chain.rows).toBeGreaterThan(0);

    const server: TestServer = await startTestServer(restored.dataSource);
    cleanups.push(() => server.close());
    const reader = new GqlClient(server.url, { email: 'congan.lamha@hoanhap.local', password: 'hoanhap-demo-2024' });
    const res = await reader.request(STATS);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      reintegrationStats: {
        returned: { total: 34, stable: 7, unstable: 21, unemployed: 6 },
        inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1 },
      },
    });
    // The restored database keeps working: a write after the restore takes the next ids and is audited.
    const again = await reader.request(REGISTER, { input: { fullName: 'Phạm Văn Sau Khôi Phục' } });
    expect(again.errors).toBeUndefined();
  });

  it('refuses to restore over a database that has data, and changes nothing', async () => {
    const before = await tableContents(restored.url);
    const run = await command('restore', [file], restored.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cơ sở dữ liệu đích không trống');
    expect(run.stderr).toContain('The target database is not empty');
    expect(await tableContents(restored.url)).toEqual(before);
  });

  it('refuses a file that is not a backup, or one cut short, and leaves the target empty', async () => {
    const empty = await createTestDatabase({ migrated: false });
    cleanups.push(() => empty.drop());
    const notBackup = path.join(path.dirname(file), 'notes.dump');
    await writeFile(notBackup, 'hello');
    const wrong = await command('restore', [notBackup], empty.url);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('is not a Hòa Nhập backup');
    // The real backup without its last lines (the footer and the end of the last table).
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n');
    const cut = path.join(path.dirname(file), 'cut-short.dump');
    await writeFile(cut, gzipSync(lines.slice(0, -3).join('\n')));
    const short = await command('restore', [cut], empty.url);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('The backup is incomplete');
    expect(Object.keys(await tableContents(empty.url))).toEqual([]);
  });

  it('writes to the file given as its argument, and never overwrites a file', async () => {
    const named = path.join(path.dirname(file), 'nightly', 'lam-ha.dump');
    const run = await command('backup', [named], db.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(named);
    const header = JSON.parse(
      gunzipSync(await readFile(named))
        .toString('utf8')
        .split('\n')[0] ?? '',
    );
    expect(header.format).toBe(
      JSON.parse(
        gunzipSync(await readFile(file))
          .toString('utf8')
          .split('\n')[0] ?? '',
      ).format,
    );

    const before = await readFile(named);
    const again = await command('backup', [named], db.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('The file exists and is not overwritten');
    expect(Buffer.compare(await readFile(named), before)).toBe(0);
  });
});
