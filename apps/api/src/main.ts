import 'reflect-metadata';
import cluster from 'node:cluster';
import { runPrimary } from './cluster/primary.js';
import { WORKER_DATABASE_URL } from './cluster/worker-env.js';
import { ConfigError, loadConfig } from './config.js';
import { serve } from './serve.js';

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

// WEB_CONCURRENCY=1 (the default): this process opens the database and serves. Above 1, it opens the
// database once and forks that many workers sharing the port; each worker serves (docs/operations.md).
if (config.webConcurrency > 1 && cluster.isPrimary) {
  await runPrimary(config);
} else {
  await serve(config, cluster.isWorker ? process.env[WORKER_DATABASE_URL] : undefined);
}
