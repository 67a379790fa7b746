import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../database/database.js';
import { createLogger } from '../../logger.js';
import { verifyAuditChain } from './audit-verify.js';

/**
 * `pnpm audit:verify`: recomputes the audit hash chain of the configured database (DATABASE_URL,
 * or the embedded one in DATA_DIR) and exits 0 when intact, 1 naming the first broken row. Rows not yet
 * sealed (the last seconds' writes) are counted, not checked.
 */
const config = loadConfig();
const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const db = await openDatabase(config, log);
let code = 1;
try {
  const result = await verifyAuditChain(db.dataSource);
  if (result.ok) {
    console.log(`audit chain intact: ${result.rows} rows sealed, ${result.unsealed} not yet sealed`);
    code = 0;
  } else {
    console.log(`audit chain broken at row ${result.brokenAt}`);
  }
} catch (error) {
  log.error({ err: error }, 'audit verification failed');
  code = 2;
} finally {
  await db.close();
}
process.exit(code);
