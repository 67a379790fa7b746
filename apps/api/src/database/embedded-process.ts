import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../logger.js';
import type { Cluster } from './embedded-cluster.js';

/* The embedded server's process: start, readiness, leftovers from a killed API, and stop (see embedded.ts). */

/** The server could not listen on its port because something else holds it. */
export class PortInUseError extends Error {}

/**
 * A server left running by an API that was killed with SIGKILL still holds the data directory.
 * Stop it (fast shutdown, then immediate) so a fresh one can start.
 */
export async function stopLeftover(pgdata: string, log: Logger) {
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

/**
 * The server already running on this cluster (the API's, or one left behind), from its pid file:
 * a backup reads through it rather than stopping it.
 */
export function runningServer(pgdata: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid) || !(port > 0)) return undefined;
  return { pid, port };
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

export function spawnServer({ bin, pgdata, logFile, runAs }: Cluster, port: number) {
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

export async function waitUntilReady(
  child: ChildProcess,
  url: string,
  log: { file: string; from: number },
  port: number,
) {
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

export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function stopChild(child: ChildProcess, held: { pgdata: string; port: number }, log: Logger) {
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
