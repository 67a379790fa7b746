import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupRefusedError } from './backup-errors.js';
import { restoreBackup } from './backup-restore.js';
import { commandConfig, fromInvocationDir, openBackupTarget, safeFailure } from './backup-target.js';

/**
 * `pnpm restore FILE`: restores a backup into the configured database (DATABASE_URL, or the embedded
 * one in DATA_DIR), which must be empty: there is no option to overwrite. To replace a laptop's data,
 * point DATA_DIR at a new folder (or create a new database) and restore there. Exit 0 restored,
 * 1 refused (nothing was changed), 2 failed.
 */
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Cách dùng / Usage: pnpm restore FILE');
  process.exit(1);
}
const file = fromInvocationDir(positionals[0] as string);
if (!existsSync(file)) {
  console.error(`Không tìm thấy tệp / No such file: ${file}`);
  process.exit(1);
}
const { config, log } = commandConfig();

let code = 2;
const target = await openBackupTarget(config, log).catch((error: unknown) => {
  console.error(`Không mở được cơ sở dữ liệu / Could not open the database: ${safeFailure(error)}`);
  process.exit(2);
});
try {
  const started = Date.now();
  const result = await restoreBackup({ url: target.url, file, onProgress: (line) => console.log(`  ${line}`) });
  const rows = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
  if (result.upgradedWith.length > 0) console.log(`  then migrated: ${result.upgradedWith.join(', ')}`);
  console.log(
    `Đã khôi phục / Restored: ${Object.keys(result.rows).length} tables, ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s. Next: pnpm audit:verify`,
  );
  code = 0;
} catch (error) {
  if (error instanceof BackupRefusedError) {
    console.error(error.message);
    code = 1;
  } else {
    console.error(`Khôi phục thất bại / Restore failed: ${safeFailure(error)}`);
    console.error(
      'Cơ sở dữ liệu đích có thể đã được khôi phục một phần: hãy xoá và tạo lại nó trước khi thử lại / The target database may be partly restored: drop and create it again before retrying',
    );
  }
} finally {
  await target.close();
}
process.exit(code);
