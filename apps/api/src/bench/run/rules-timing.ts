import { performance } from 'node:perf_hooks';
import { todayInVietnam } from '@hoanhap/shared';
import { systemContext } from '../../create-context.js';
import { createDataSource } from '../../database/data-source.js';
import { createLogger } from '../../logger.js';
import { runNotificationRules } from '../../modules/notifications/notification-rules.js';

export interface RulesTiming {
  /** The day's first run, when nobody has been told anything yet. */
  seconds: number;
  /** The next hour's run, when everything found has been told. */
  againSeconds: number;
  /** Notifications the run wrote (rolled back afterwards). */
  written: number;
  /** Open tasks the rules looked at (for scale). */
  openTasks: number;
}

/**
 * Times one run of the hourly notification rules over the whole database, as the job runs them, in
 * a transaction rolled back at the end, so the bench data stay as seeded: the day's first run (the
 * costliest: nobody has been told anything yet), then the next hour's.
 */
export async function measureNotificationRules(url: string): Promise<RulesTiming> {
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    const [{ n }] = await runner.query('SELECT count(*)::int AS n FROM task WHERE completed_at IS NULL');
    await runner.startTransaction();
    const ctx = { ...systemContext({ dataSource, log: createLogger('warn') }), db: runner.manager };
    const timed = async () => {
      const started = performance.now();
      const written = await runNotificationRules(ctx, todayInVietnam());
      return { written, seconds: (performance.now() - started) / 1000 };
    };
    const first = await timed();
    const again = await timed();
    return { seconds: first.seconds, againSeconds: again.seconds, written: first.written, openTasks: n };
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
    await dataSource.destroy();
  }
}
