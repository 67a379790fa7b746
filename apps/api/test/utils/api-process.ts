import { type ChildProcess, type ChildProcessByStdio, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { makeDataDir } from './data-dir.js';

const API_DIR = path.resolve(import.meta.dirname, '../..');

/** A real API process (`src/main.ts`, as `pnpm dev` runs it) and what it has logged so far. */
export interface ApiProcess {
  url: string;
  port: number;
  pid: number;
  /** The process itself, for a test that kills it (`child.kill('SIGKILL')`). */
  child: ChildProcess;
  /** Its log lines, parsed. */
  lines(): Array<Record<string, unknown>>;
  /** Resolves once a log line matches. */
  waitForLine(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** SIGTERM, then the exit code once it has exited. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Starts `src/main.ts` in a process of its own on `databaseUrl`, or without it on an embedded server
 * in a DATA_DIR of its own (PORT=0 and PG_PORT=0: the system picks the ports), and resolves when it
 * logs that it is ready. `env` adds to or overrides the environment.
 */
export async function startApiProcess(
  databaseUrl: string | undefined,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const dataDir = makeDataDir('node');
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'src/main.ts'],
    {
      cwd: API_DIR,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl ?? '', // blank: the embedded server
        DATA_DIR: dataDir,
        PORT: '0',
        PG_PORT: '0',
        DEMO: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const parsed: Array<Record<string, unknown>> = [];
  const waiters = new Set<() => void>();
  let buffered = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const text of complete) {
      try {
        parsed.push(JSON.parse(text));
      } catch {
        parsed.push({ msg: text });
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.finally(() => rmSync(dataDir, { recursive: true, force: true }));

  const waitForLine = (match: (line: Record<string, unknown>) => boolean, timeoutMs = 180_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = parsed.find(match);
        if (!found) return;
        done();
        resolve(found);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no such log line within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`));
      }, timeoutMs);
      const gone = () => {
        done();
        reject(new Error(`the API process exited; stderr: ${stderr.slice(-2000)}`));
      };
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
        child.off('exit', gone);
      };
      waiters.add(check);
      child.once('exit', gone);
      check();
    });

  const ready = await waitForLine((line) => typeof line.msg === 'string' && line.msg.includes(' is ready at ')).catch(
    (error: Error) => {
      child.kill('SIGKILL');
      throw error;
    },
  );
  const port = Number(ready.port);
  return {
    url: `http://localhost:${port}`,
    port,
    pid: child.pid ?? 0,
    child,
    lines: () => parsed,
    waitForLine,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
