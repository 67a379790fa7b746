import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandConfig, fromInvocationDir, openBackupTarget, safeFailure } from './backup-target.js';
import { writeBackup } from './backup-write.js';

/**
 * `pnpm backup [--out DIR]`: a consistent backup of the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR, running or not) to `DIR/hoanhap-YYYYMMDD-HHmmss.dump` (default
 * `$DATA_DIR/backups`). Prints table names and row counts, never a value. Exit 0 written, 2 failed.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const { config, log } = commandConfig();
const outDir = values.out ? fromInvocationDir(values.out) : path.join(config.dataDir, 'backups');

let code = 2;
const target = await openBackupTarget(config, log).catch((error: unknown) => {
  console.error(`Không mở được cơ sở dữ liệu / Could not open the database: ${safeFailure(error)}`);
  process.exit(2);
});
try {
  const started = Date.now();
  const result = await writeBackup({ url: target.url, outDir, onProgress: (line) => console.log(`  ${line}`) });
  const tables = Object.keys(result.rows).length;
  const rows = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
  console.log(
    `Đã sao lưu / Backed up: ${tables} tables, ${rows} rows, ${(result.bytes / 1024).toFixed(0)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(result.file);
  code = 0;
} catch (error) {
  console.error(`Sao lưu thất bại / Backup failed: ${safeFailure(error)}`);
} finally {
  await target.close();
}
process.exit(code);
