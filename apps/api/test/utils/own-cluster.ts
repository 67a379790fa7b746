import { execFileSync } from 'node:child_process';
import { appendFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDataSource } from '../../src/database/data-source.js';
import { binariesFor, type Cluster, clusterPassword, ensurePostgresUser } from '../../src/database/embedded-cluster.js';
import { spawnServer, stopChild, waitUntilReady } from '../../src/database/embedded-process.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded.js';
import { migrateDatabase } from '../../src/database/migrate-database.js';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { makeDataDir } from './data-dir.js';

/*
 * A PostgreSQL cluster of a test's own, for tests that stop the server or follow it with a
 * streaming replica (the run's shared server must keep serving the other files): the embedded
 * binaries, a migrated `hoanhap` database with the demo data.
 */

const log = createLogger('silent');
const DATABASE = 'hoanhap';

export interface OwnCluster {
  /** The superuser's URL of `hoanhap`. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Stops the server (fast shutdown, as an operator would). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  remove(): Promise<void>;
}

export async function startOwnCluster(): Promise<OwnCluster> {
  const dataDir = makeDataDir('own');
  let server: EmbeddedPostgres | undefined = await startEmbeddedPostgres({ dataDir, port: 0, database: DATABASE, log });
  const { port, url } = server;
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource);
    await loadDemoData(dataSource, log);
  } finally {
    await dataSource.destroy();
  }
  return {
    url,
    port,
    dataDir,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      server ??= await startEmbeddedPostgres({ dataDir, port, database: DATABASE, log });
    },
    async remove() {
      await server?.stop();
      server = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Replica {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A streaming replica of `primary`, made as pg_basebackup would (the embedded package ships no
 * pg_basebackup): a copy of the primary's data directory taken while it is stopped (a cold copy,
 * consistent without a backup label), its own replication slot, `standby.signal` and
 * `primary_conninfo`. The primary is started again before the replica, which then streams from it.
 */
export async function startReplica(primary: OwnCluster, name = 'replica1'): Promise<Replica> {
  const runAs = os.userInfo().uid === 0 ? ensurePostgresUser() : undefined;
  const dataDir = makeDataDir('replica');
  const pgdata = path.join(dataDir, 'pg');
  await primary.stop();
  // `cp -a` keeps the owner (the postgres OS user when the tests run as root) and the modes.
  execFileSync('cp', ['-a', realpathSync(path.join(primary.dataDir, 'pg')), pgdata]);
  await primary.start();
  await withClient(primary.url, (c) => c.query('SELECT pg_create_physical_replication_slot($1)', [name]));

  const password = clusterPassword(primary.dataDir);
  writeFileSync(path.join(pgdata, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primary.port} user=postgres password=${password} application_name=${name}`;
  appendFileSync(
    path.join(pgdata, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${name}'\n`,
  );
  if (runAs) execFileSync('chown', [`${runAs.uid}:${runAs.gid}`, path.join(pgdata, 'standby.signal')]);

  const port = await freePort();
  const cluster: Cluster = {
    bin: binariesFor(runAs, log),
    pgdata,
    password,
    runAs,
    logFile: path.join(dataDir, 'postgres.log'),
  };
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  let child: ReturnType<typeof spawnServer> | undefined;
  const start = async () => {
    if (child) return;
    writeFileSync(cluster.logFile, '', { flag: 'a' });
    const spawned = spawnServer(cluster, port);
    await waitUntilReady(spawned, url, { file: cluster.logFile, from: 0 }, port);
    child = spawned;
  };
  const stop = async () => {
    if (child) await stopChild(child, { pgdata, port }, log);
    child = undefined;
  };
  await start();
  return {
    url,
    port,
    start,
    stop,
    async remove() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function caughtUp(primary: OwnCluster, replica: Replica, timeoutMs = 15_000): Promise<void> {
  const [row] = await withClient(primary.url, (c) =>
    c.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'),
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [done] = await withClient(replica.url, (c) =>
      c.query<{ ok: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [row?.lsn]),
    );
    if (done?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the replica did not catch up');
}

export async function withClient<R extends pg.QueryResultRow>(
  url: string,
  work: (client: pg.Client) => Promise<pg.QueryResult<R>>,
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await work(client)).rows;
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  const { default: getPort } = await import('get-port');
  return getPort({ host: '127.0.0.1' });
}
