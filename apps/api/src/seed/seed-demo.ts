import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/database.js';
import { createLogger } from '../logger.js';
import { loadDemoData } from './demo.js';

/** `pnpm seed:demo`: loads the Lãm Hà demo into the configured database if it is not there yet. */
const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
try {
  const loaded = await loadDemoData(db.dataSource, log);
  log.info(loaded ? 'demo data loaded' : 'demo data already present: nothing to do');
} finally {
  await db.close();
}
