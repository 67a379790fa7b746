import path from 'node:path';
import { type Config, ConfigError, loadConfig } from '../../config.js';
import { createLogger, type Logger } from '../../logger.js';
import { EMBEDDED_DATABASE, useEmbeddedPostgres } from '../embedded.js';

export interface BackupTarget {
  /** The database as its owner: DATABASE_URL as given, or the embedded cluster's superuser. */
  url: string;
  /** Stops the embedded server if this command started it; an API's server keeps running. */
  close(): Promise<void>;
}

/** DATABASE_URL, or the embedded database in DATA_DIR (the running one, or started as the API does). */
export async function openBackupTarget(config: Config, log: Logger): Promise<BackupTarget> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const embedded = await useEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.pgPort,
    database: EMBEDDED_DATABASE,
    log,
  });
  return { url: embedded.url, close: () => embedded.stop() };
}

/** The configuration, or exit 1 with the one-line reason (as the API does at start). */
export function commandConfig(): { config: Config; log: Logger } {
  try {
    const config = loadConfig();
    return { config, log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
}

/** A path typed by the person: relative to where they ran `pnpm`, not to the package pnpm runs in. */
export const fromInvocationDir = (given: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), given);

/**
 * What a failure may print: a refusal's own words, else the error's kind and PostgreSQL's code. A
 * database error's message can quote a value from the data, which must not reach a terminal log.
 */
export function safeFailure(error: unknown): string {
  const e = error as { name?: string; code?: string };
  return `${e.name ?? 'Error'}${e.code ? ` (code ${e.code})` : ''}`;
}
