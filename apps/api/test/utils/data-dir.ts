import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A temporary DATA_DIR the `postgres` OS user can enter (mkdtemp makes it 0700), so that when
 * tests run as root the cluster stays inside it and is removed with it.
 */
export function makeDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `hoanhap-${prefix}-`));
  chmodSync(dir, 0o755);
  return dir;
}
