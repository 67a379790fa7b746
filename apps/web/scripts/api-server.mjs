// Starts the built API (which serves the built web app) with fresh demo data in a temporary folder,
// for the browser tests and the screenshots script. The API listens on a port the operating system
// picks (PORT=0) and says which in its "ready" log line, and its embedded PostgreSQL picks a free
// port too (PG_PORT=0), so nothing depends on a port being free.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdtemp, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const API_MAIN = path.join(REPO, 'apps/api/dist/main.js');
const WEB_DIST = path.join(REPO, 'apps/web/dist');
/** The API's log line once it listens; it carries the port it got. */
const READY = /is ready at http/;

/** Keeps the last lines of a stream so a failed start can be explained without flooding the log. */
function tail(stream, onLine, limit = 200) {
  const lines = [];
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts.filter(Boolean)) {
      lines.push(line);
      onLine(line);
    }
    if (lines.length > limit) lines.splice(0, lines.length - limit);
  });
  return lines;
}

/** The port from the API's pino "ready" line, or undefined for any other line. */
function readyPort(line) {
  try {
    const entry = JSON.parse(line);
    return READY.test(entry.msg ?? '') && Number.isInteger(entry.port) ? entry.port : undefined;
  } catch {
    return undefined;
  }
}

async function waitForHealth(url) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 after the API said it was ready`);
}

/**
 * Removes the data folder and the database cluster in it. Run as root, the API keeps the cluster
 * outside DATA_DIR when the `postgres` user cannot enter it, and links it as DATA_DIR/pg.
 */
async function removeData(dataDir) {
  const link = path.join(dataDir, 'pg');
  const stat = await lstat(link).catch(() => null);
  if (stat?.isSymbolicLink()) {
    const cluster = path.resolve(dataDir, await readlink(link));
    if (cluster !== path.parse(cluster).root) await rm(cluster, { recursive: true, force: true });
  }
  await rm(dataDir, { recursive: true, force: true });
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real API with the demo data and resolves with its base URL once /healthz answers.
 * `E2E_PORT` and `E2E_PG_PORT` pin the ports when someone wants to attach to the server by hand.
 * @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>}
 */
export async function startApiServer() {
  for (const [file, hint] of [
    [API_MAIN, 'pnpm --filter @hoanhap/api build'],
    [path.join(WEB_DIST, 'index.html'), 'pnpm --filter @hoanhap/web build'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${hint}\` first`);
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hoanhap-e2e-'));
  // mkdtemp makes it private; when run as root, PostgreSQL runs as `postgres` and must enter it.
  await chmod(dataDir, 0o755);
  // The ready line is logged at info; a quieter LOG_LEVEL would hide the port.
  const logLevel = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL : 'info';
  // Spawned with node itself, not a package-manager shim, so this PID is the server's own.
  const child = spawn(process.execPath, ['--enable-source-maps', API_MAIN], {
    cwd: path.dirname(API_MAIN),
    env: {
      ...process.env,
      PORT: process.env.E2E_PORT ?? '0',
      PG_PORT: process.env.E2E_PG_PORT ?? '0',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DEMO: '1',
      WEB_DIST,
      LOG_LEVEL: logLevel,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopChild(child);
    await removeData(dataDir);
  };

  let onReady;
  const ready = new Promise((resolve, reject) => {
    onReady = resolve;
    child.once('exit', (code) => reject(new Error(`the API exited with code ${code} before it was ready`)));
    setTimeout(
      () => reject(new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    ).unref();
  });
  const stdout = tail(child.stdout, (line) => {
    const port = readyPort(line);
    if (port !== undefined) onReady(port);
  });
  const stderr = tail(child.stderr, () => undefined);

  try {
    const port = await ready;
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(`${baseUrl}/healthz`);
    return { baseUrl, stop };
  } catch (error) {
    console.error(`API failed to start.\n--- stderr ---\n${stderr.join('\n')}\n--- stdout ---\n${stdout.join('\n')}`);
    await stop();
    throw error;
  }
}
