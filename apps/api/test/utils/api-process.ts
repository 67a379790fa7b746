import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDataDir } from './data-dir.js';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The API run as its own process (`src/main.ts`), as in production, for tests that kill it. */
export interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves once the process has exited. */
  readonly exited: Promise<void>;
  /** Removes its DATA_DIR (after it has exited). */
  cleanUp(): void;
}

/** Starts the API on `databaseUrl` (PORT=0) and resolves once its "ready" line names the port. */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const dataDir = makeDataDir('api');
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API did not start within 90 s: ${output.slice(-500)}`)),
      90_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /"port":(\d+)[^\n]*is ready/.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the API exited during start-up: ${output.slice(-500)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
