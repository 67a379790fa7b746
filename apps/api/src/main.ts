import 'reflect-metadata';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './database/database.js';
import { createLogger } from './logger.js';
import { startJobQueue } from './jobs/job-queue.js';
import { JOBS } from './modules/index.js';
import { getSchema } from './schema/build-schema.js';
import { loadDemoData } from './seed/demo.js';
import { createServer } from './server.js';
import { startTracing } from './tracing/tracing.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config.logLevel);
// Off unless OTEL_ENABLED=1: spans of GraphQL operations and their SQL, sent over OTLP.
const tracing = config.tracing ? startTracing() : undefined;
if (tracing) log.info('tracing on: spans go to the OTLP collector (OTEL_EXPORTER_OTLP_ENDPOINT)');
const db = await openDatabase(config, log).catch((error: Error) => {
  log.fatal({ err: { message: error.message } }, 'could not open the database');
  process.exit(1);
});

if (config.demo) {
  if (config.demoForced) {
    log.warn('!!! DEMO=1 in production: loading SYNTHETIC demo data and demo accounts with a PUBLIC password !!!');
  }
  await loadDemoData(db.dataSource, log);
}

// Work done once for all API processes (the audit sealer, the deadline rules, exports) runs on the job queue.
const jobs = await startJobQueue({ dataSource: db.dataSource, log, jobs: JOBS, schema: getSchema });

const httpServer = createHttpServer();
const app = await createServer({ config, dataSource: db.dataSource, log, httpServer });
httpServer.on('request', app.app);

let stopping = false;
async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, 20_000);
  force.unref();
  try {
    await app.stop(); // drains the HTTP server, then stops Apollo
    log.debug('http stopped');
    if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
    await jobs.stop();
    log.debug('jobs stopped');
    await db.close();
    log.debug('database closed');
    await tracing?.shutdown();
  } finally {
    process.exit(exitCode);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

httpServer.on('error', (error: NodeJS.ErrnoException) => {
  log.fatal(
    error.code === 'EADDRINUSE'
      ? `PORT ${config.port} is in use: set PORT to a free port`
      : `cannot listen: ${error.message}`,
  );
  void shutdown('listen-error', 1);
});
httpServer.listen(config.port, () => {
  // With PORT=0 the operating system picked the port: the log line says which (tests read it).
  const { port } = httpServer.address() as AddressInfo;
  log.info({ port }, `Hòa Nhập is ready at http://localhost:${port}`);
});
