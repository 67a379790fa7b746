import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** apps/api, from src/bench/run or dist/bench/run. */
const API_ROOT = path.resolve(HERE, '../../..');
export const PRODUCT_MAIN = path.join(API_ROOT, 'dist/main.js');
const READY_TIMEOUT_MS = 120_000;

/** A server under test: its URL, its statement count so far, and a way to stop it. */
export interface ServerChild {
  name: string;
  url: string;
  sqlCount(): Promise<number>;
  stop(): Promise<void>;
}

/** This folder's sibling module: compiled `.js` under dist, `.ts` (through swc) when run from the sources. */
function sibling(name: string): { file: string; loader: string[] } {
  const compiled = path.join(HERE, `${name}.js`);
  if (existsSync(compiled)) return { file: compiled, loader: [] };
  return { file: path.join(HERE, `${name}.ts`), loader: ['--import', '@swc-node/register/esm-register'] };
}

export async function startChild(
  name: string,
  node: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  portOf: (line: string) => number | undefined,
): Promise<ServerChild> {
  // Spawned with node itself (never a package-manager shim), so the PID is the server's own.
  const child = spawn(node, args, { cwd: API_ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const lines: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within 120 s`)), READY_TIMEOUT_MS);
    let partial = '';
    const onData = (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 100) lines.shift();
        const found = portOf(line);
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${lines.join('\n')}`));
    });
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    sqlCount: () => askCount(child),
    stop: () => stopChild(child),
  };
}

function askCount(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const m = message as { sqlCount?: number };
      if (typeof m?.sqlCount === 'number') {
        child.off('message', onMessage);
        resolve(m.sqlCount);
      }
    };
    child.on('message', onMessage);
    child.send('sql-count');
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The product as deployed: the built `dist/main.js`, NODE_ENV=production, on a port the system
 * picks (read from its "ready" log line), on the database being measured, with the statement
 * counter loaded first.
 */
export function startProduct(options: { databaseUrl: string; node: string; webDist: string }): Promise<ServerChild> {
  if (!existsSync(PRODUCT_MAIN)) {
    throw new Error(`${PRODUCT_MAIN} is missing: run \`pnpm --filter @hoanhap/api build\` first`);
  }
  const counter = sibling('count-product-sql');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    DATABASE_URL: options.databaseUrl,
    DEMO: '0',
    LOG_LEVEL: 'info',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    WEB_DIST: options.webDist,
  };
  return startChild(
    'product',
    options.node,
    [...counter.loader, '--import', counter.file, PRODUCT_MAIN],
    env,
    (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        return /is ready at http/.test(entry.msg ?? '') ? entry.port : undefined;
      } catch {
        return undefined;
      }
    },
  );
}

/** The reference server (raw-server.ts); `tamper` names an operation whose answer it alters. */
export function startRaw(options: { databaseUrl: string; tamper?: string }): Promise<ServerChild> {
  const raw = sibling('raw-server');
  const env = { ...process.env, DATABASE_URL: options.databaseUrl, RAW_TAMPER: options.tamper ?? '' };
  return startChild('raw', process.execPath, [...raw.loader, raw.file], env, (line) => {
    const match = /^raw server listening on (\d+)/.exec(line);
    return match ? Number(match[1]) : undefined;
  });
}
