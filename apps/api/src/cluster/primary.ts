import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import { gatherWorkerMetrics } from '../metrics/cluster-metrics.js';
import { openPrepared } from '../serve.js';
import { WORKER_DATABASE_URL } from './worker-env.js';

/** A worker that lived this long was serving: its death starts the backoff again from the shortest. */
const HEALTHY_AFTER_MS = 30_000;
const FIRST_RESTART_MS = 500;
const LONGEST_RESTART_MS = 30_000;
/** Longer than a worker's own graceful shutdown (20 s), which it ends itself. */
const STOP_WORKERS_MS = 25_000;

/**
 * The primary of `WEB_CONCURRENCY=N`: opens the database once (starting the embedded server, applying
 * the migrations and the demo data), then forks N workers that share the port (node:cluster hands
 * them the connections) and the database. It serves nothing itself and holds no connection. A worker
 * that dies is replaced, waiting longer after each quick death (up to 30 s); SIGTERM or SIGINT stop
 * the workers gracefully, then the embedded server.
 */
export async function runPrimary(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const db = await openPrepared(config, log).catch((error: Error) => {
    log.fatal({ err: { message: error.message } }, 'could not open the database');
    process.exit(1);
  });
  // Workers open their own pools; this one would only hold connections idle.
  await db.dataSource.destroy();

  const workerEnv = { [WORKER_DATABASE_URL]: db.url };
  const startedAt = new Map<Worker, number>();
  const listening = new Set<Worker>();
  let everServed = false;
  let quickDeaths = 0;
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork(workerEnv);
    startedAt.set(worker, Date.now());
  };

  cluster.on('listening', (worker, address) => {
    listening.add(worker);
    if (!everServed && listening.size === config.webConcurrency) {
      everServed = true;
      log.info(
        { port: address.port, workers: config.webConcurrency },
        `Hòa Nhập is ready at http://localhost:${address.port}`,
      );
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? Date.now());
    const served = listening.delete(worker);
    startedAt.delete(worker);
    if (stopping) return;
    if (!everServed && !served) {
      // It never came up and none has: the configuration or the port is wrong, restarting won't help.
      log.fatal({ code, signal }, 'a worker could not start; stopping');
      void stop('worker-failed', 1);
      return;
    }
    quickDeaths = lived >= HEALTHY_AFTER_MS ? 0 : quickDeaths + 1;
    const delay = Math.min(LONGEST_RESTART_MS, FIRST_RESTART_MS * 2 ** Math.max(0, quickDeaths - 1));
    log.error({ pid: worker.process.pid, code, signal, restartInMs: delay }, 'a worker died; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, delay).unref();
  });

  async function stop(signal: string, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down the workers');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    const exited = workers.map(
      (w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))),
    );
    for (const worker of workers) worker.process.kill('SIGTERM');
    const late = setTimeout(() => {
      log.error('workers took too long to stop; killing them');
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, STOP_WORKERS_MS);
    await Promise.all(exited);
    clearTimeout(late);
    try {
      await db.close(); // the embedded server, if this process started one
    } finally {
      process.exit(exitCode);
    }
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  gatherWorkerMetrics();
  for (let i = 0; i < config.webConcurrency; i++) fork();
}
