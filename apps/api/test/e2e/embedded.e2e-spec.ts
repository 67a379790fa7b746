import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/database/embedded.js';
import { createLogger } from '../../src/logger.js';
import { makeDataDir } from '../utils/data-dir.js';

const log = createLogger('silent');
const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const fn of cleanup.reverse()) fn();
});

async function selectOne(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0];
  } finally {
    await client.end();
  }
}

/** Starts test/utils/embedded-child.ts (an API-like process holding an embedded server) on a free port. */
async function startChild(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'test/utils/embedded-child.ts', dataDir, '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready (\S+)/.exec(out);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
  return { child, port: Number(new URL(url).port) };
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL', () => {
  it('recovers the data directory after the API was killed with SIGKILL', async () => {
    const dataDir = makeDataDir('kill');
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const { child, port } = await startChild(dataDir);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const leftover = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(leftover)).toBe(true);

    const again = await startEmbeddedPostgres({ dataDir, port, database: 'hoanhap', log });
    try {
      expect(isAlive(leftover)).toBe(false);
      expect(await selectOne(again.url)).toEqual({ one: 1 });
    } finally {
      await again.stop();
    }
  });

  it('stops cleanly and starts again at once on the same data and port, 20 times in a row', async () => {
    const dataDir = makeDataDir('restart');
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startEmbeddedPostgres({ dataDir, port: 0, database: 'hoanhap', log });
    const port = first.port;
    expect(port).toBeGreaterThan(0);
    await selectOne(first.url);
    await first.stop();
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    for (let round = 0; round < 20; round++) {
      expect(() => lstatSync(pidFile)).toThrow();
      const again = await startEmbeddedPostgres({ dataDir, port, database: 'hoanhap', log });
      expect(again.port).toBe(port);
      expect(await selectOne(again.url)).toEqual({ one: 1 });
      await again.stop();
    }
  }, 120_000);

  it('picks another free port when the one it picked is taken before PostgreSQL binds it', async () => {
    const a = makeDataDir('pick-a');
    const b = makeDataDir('pick-b');
    cleanup.push(() => rmSync(a, { recursive: true, force: true }));
    cleanup.push(() => rmSync(b, { recursive: true, force: true }));
    const first = await startEmbeddedPostgres({ dataDir: a, port: 0, database: 'hoanhap', log });
    try {
      // The first pick loses the race (the port is the other server's); the second is really free.
      const picks = [first.port, 0];
      const pickPort = async () => picks.shift() || (await getPort({ host: '127.0.0.1' }));
      const second = await startEmbeddedPostgres({ dataDir: b, port: 0, database: 'hoanhap', log, pickPort });
      expect(picks).toEqual([]);
      expect(second.port).not.toBe(first.port);
      expect(await selectOne(second.url)).toEqual({ one: 1 });
      await second.stop();
    } finally {
      await first.stop();
    }
  });

  it.runIf(process.getuid?.() === 0)('runs as root from a checkout whose parent folder is mode 0700', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'hoanhap-home-'));
    chmodSync(home, 0o700);
    const dataDir = path.join(home, 'checkout', '.data');
    mkdirSync(dataDir, { recursive: true });
    const db = await startEmbeddedPostgres({ dataDir, port: 0, database: 'hoanhap', log });
    const link = path.join(dataDir, 'pg');
    const cluster = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : link;
    cleanup.push(() => {
      rmSync(home, { recursive: true, force: true });
      if (cluster !== link) rmSync(cluster, { recursive: true, force: true });
    });
    try {
      expect(await selectOne(db.url)).toEqual({ one: 1 });
    } finally {
      await db.stop();
    }
  });

  it('says which port is taken when PG_PORT is in use', async () => {
    const a = makeDataDir('port-a');
    const b = makeDataDir('port-b');
    cleanup.push(() => rmSync(a, { recursive: true, force: true }));
    cleanup.push(() => rmSync(b, { recursive: true, force: true }));
    const first = await startEmbeddedPostgres({ dataDir: a, port: 0, database: 'hoanhap', log });
    try {
      await expect(startEmbeddedPostgres({ dataDir: b, port: first.port, database: 'hoanhap', log })).rejects.toThrow(
        `PG_PORT ${first.port} is in use`,
      );
    } finally {
      await first.stop();
    }
  });
});

describe('embedded PostgreSQL shared by two servers', () => {
  it('refuses to take over the data of a server that is still running', async () => {
    const dataDir = makeDataDir('busy');
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const { child } = await startChild(dataDir);
    try {
      await expect(startEmbeddedPostgres({ dataDir, port: 0, database: 'hoanhap', log })).rejects.toThrow(
        /in use by another running Hòa Nhập server/,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
