import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandConfig, fromInvocationDir, openBackupTarget, safeFailure } from './backup-target.js';
import { type BackupOptions, writeBackup } from './backup-write.js';

/**
 * `pnpm backup [FILE]`: a consistent backup of the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR, running or not) to FILE, or without it to
 * `$DATA_DIR/backups/hoanhap-YYYYMMDD-HHmmss.dump` (`--out DIR` names another folder). Never
 * overwrites a file. Prints table names and row counts, never a value. Exit 0 written, 1 refused,
 * 2 failed.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (positionals.length > 1 || (positionals.length === 1 && values.out)) {
  console.error('Cách dùng / Usage: pnpm backup [FILE]  (or pnpm backup --out DIR)');
  process.exit(1);
}
const { config, log } = commandConfig();
const to: BackupOptions['to'] = positionals[0]
  ? { file: fromInvocationDir(positionals[0]) }
  : { dir: values.out ? fromInvocationDir(values.out) : path.join(config.dataDir, 'backups') };
if ('file' in to && existsSync(to.file)) {
  console.error(`Tệp đã có, không ghi đè / The file exists and is not overwritten: ${to.file}`);
  process.exit(1);
}

let code = 2;
const target = await openBackupTarget(config, log).catch((error: unknown) => {
  console.error(`Không mở được cơ sở dữ liệu / Could not open the database: ${safeFailure(error)}`);
  process.exit(2);
});
try {
  const started = Date.now();
  const result = await writeBackup({ url: target.url, to, onProgress: (line) => console.log(`  ${line}`) });
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
