import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';

/** `pnpm --filter @hoanhap/api migration:run`: applies pending migrations and exits. */
const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
await db.close();
log.info('database is up to date');
