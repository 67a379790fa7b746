import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.js';
import { ContentMismatch } from '../../src/bench/run/compare.js';
import { type BenchOptions, runBench } from '../../src/bench/run/harness.js';
import { measureNotificationRules } from '../../src/bench/run/rules-timing.js';
import { withDemoServer } from '../utils/demo-server.js';

// The harness itself on the demo data: the built product and the reference, a second of load each.
const { db } = withDemoServer({ serve: false });

const quick = (extra: Partial<BenchOptions> = {}): BenchOptions => ({
  databaseUrl: db.url,
  duration: 1,
  warmup: 0,
  rounds: 1,
  connections: 4,
  only: ['W1', 'W2', 'W3 stats ward', 'W4'],
  productNode: process.execPath,
  webDist: path.join(REPO_ROOT, 'apps/web/dist'),
  peer: false,
  log: () => undefined,
  ...extra,
});

describe('pnpm bench', () => {
  it('finds the same content on the product and the reference, then measures both', async () => {
    const run = await runBench(quick({ rulesTiming: true }));
    expect(run.results.map((r) => r.workload.id)).toEqual(['W1', 'W2', 'W3 stats ward', 'W4']);
    for (const r of run.results) {
      expect(r.product.requests).toBeGreaterThan(0);
      expect(r.product.failures).toBe(0);
      expect(r.raw?.requests).toBeGreaterThan(0);
      expect(r.product.sqlPerRequest).toBeGreaterThanOrEqual(1);
    }
    // The reference reads the case file and writes its audit row in one statement.
    expect(run.results.find((r) => r.workload.id === 'W2')?.raw?.sqlPerRequest).toBeCloseTo(1, 0);
    // The reference writes the contact and its audit row in one transaction: four statements.
    expect(run.results.find((r) => r.workload.id === 'W4')?.raw?.sqlPerRequest).toBeCloseTo(4, 0);
    expect(run.rulesTiming).toMatchObject({ openTasks: expect.any(Number), written: expect.any(Number) });
  }, 60_000);

  it('times the hourly notification rules and leaves the database as it was', async () => {
    // The product server above ran the rules itself; start from a day nobody has been told of yet.
    await db.dataSource.query('DELETE FROM notification');
    const first = await measureNotificationRules(db.url);
    expect(first.written).toBeGreaterThan(0);
    expect(first.openTasks).toBeGreaterThan(0);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM notification')).toEqual([{ n: 0 }]);
    // Rolled back: a second measure finds the same people to tell.
    expect((await measureNotificationRules(db.url)).written).toBe(first.written);
  }, 60_000);

  it('stops before measuring when the reference answers something else', async () => {
    await expect(runBench(quick({ only: ['W1'], tamper: 'Returnees' }))).rejects.toThrow(ContentMismatch);
  }, 60_000);
});
