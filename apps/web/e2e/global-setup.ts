import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdtemp, readlink, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const HEALTH_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const API_MAIN = path.join(REPO, 'apps/api/dist/main.js');
const WEB_DIST = path.join(REPO, 'apps/web/dist');

/** A port nobody listens on right now; E2E_PORT can pin one instead (PORT is the API's own setting). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last lines of a stream so a failed start can be explained without flooding the log. */
function tail(stream: NodeJS.ReadableStream | null, limit = 200): string[] {
  const lines: string[] = [];
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    if (lines.length > limit) lines.splice(0, lines.length - limit);
  });
  return lines;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet: the embedded database takes a while on first start.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/**
 * Removes the data folder and the database cluster in it. Run as root, the API keeps the cluster
 * outside DATA_DIR when the `postgres` user cannot enter it, and links it as DATA_DIR/pg.
 */
async function removeData(dataDir: string): Promise<void> {
  const link = path.join(dataDir, 'pg');
  const stat = await lstat(link).catch(() => null);
  if (stat?.isSymbolicLink()) {
    const cluster = path.resolve(dataDir, await readlink(link));
    if (cluster !== path.parse(cluster).root) await rm(cluster, { recursive: true, force: true });
  }
  await rm(dataDir, { recursive: true, force: true });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Starts the real API (which serves the built app) on a free port with fresh demo data. */
export default async function setup(project: TestProject) {
  for (const [file, hint] of [
    [API_MAIN, 'pnpm --filter @hoanhap/api build'],
    [path.join(WEB_DIST, 'index.html'), 'pnpm --filter @hoanhap/web build'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${hint}\` first`);
  }

  const port = Number(process.env.E2E_PORT ?? (await freePort()));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hoanhap-e2e-'));
  // mkdtemp makes it private; when run as root, PostgreSQL runs as `postgres` and must enter it.
  await chmod(dataDir, 0o755);
  // Spawned with node itself, not a package-manager shim, so this PID is the server's own.
  const child = spawn(process.execPath, ['--enable-source-maps', API_MAIN], {
    cwd: path.dirname(API_MAIN),
    env: {
      ...process.env,
      PORT: String(port),
      PG_PORT: process.env.E2E_PG_PORT ?? '54347',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DEMO: '1',
      WEB_DIST,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = tail(child.stdout);
  const stderr = tail(child.stderr);
  const baseUrl = `http://127.0.0.1:${port}`;

  try {
    await waitForHealth(`${baseUrl}/healthz`, child);
  } catch (error) {
    console.error(`API failed to start.\n--- stderr ---\n${stderr.join('\n')}\n--- stdout ---\n${stdout.join('\n')}`);
    await stop(child);
    await removeData(dataDir);
    throw error;
  }

  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(child);
    await removeData(dataDir);
  };
}
