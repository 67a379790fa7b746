import { TaskKind } from '@hoanhap/shared';
import { createLifecycleLoaders } from '../../src/modules/lifecycle/lifecycle.loaders.js';
import { moveToSupportIfReceived } from '../../src/modules/lifecycle/lifecycle.service.js';
import { createRuleTask } from '../../src/modules/lifecycle/lifecycle-tasks.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { describe, expect, it, vi } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { RECEPTION, REGISTER, withLifecycleServer } from '../utils/lifecycle.js';
import { withTransaction } from '../../src/common/transaction.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * Lifecycle building blocks other modules call directly: moving a received person under support,
 * rule tasks created once, and the batched lifecycle loaders.
 */

const { officer, db, ids, personAt } = withLifecycleServer();
const unitId = ids.unit;

describe('building blocks other modules use', () => {
  it('moveToSupportIfReceived moves only a RECEIVED person under support', async () => {
    const received = String((await ok(officer, REGISTER, { fullName: 'Người vừa tiếp nhận' })).id);
    await ok(officer, RECEPTION, { returneeId: received, receivedOn: '2024-03-05' });
    const waiting = await personAt('AWAITING_REPORT');
    const moved = await withTransaction(testSystemContext(db.dataSource), async (ctx) => {
      const results: boolean[] = [];
      for (const id of [received, waiting]) {
        const returnee = await ctx.db.getRepository(Returnee).findOneByOrFail({ id });
        results.push(await moveToSupportIfReceived(ctx, returnee));
      }
      return results;
    });
    expect(moved).toEqual([true, false]);
    const rows = await db.dataSource.query(
      'SELECT id, status FROM returnee WHERE id = ANY($1::uuid[]) ORDER BY status',
      [[received, waiting]],
    );
    expect(rows).toEqual([
      { id: waiting, status: 'AWAITING_REPORT' },
      { id: received, status: 'UNDER_SUPPORT' },
    ]);
  });

  it('never creates a rule task twice', async () => {
    const id = await personAt('AWAITING_REPORT');
    const task = {
      unitId: await unitId('lam-ha'),
      returneeId: id,
      kind: TaskKind.MANUAL,
      title: 'Việc thử nghiệm',
      dueOn: '2024-04-01',
      ruleKey: `test:${id}`,
    };
    const ctx = testSystemContext(db.dataSource);
    await withTransaction(ctx, (ctx) => createRuleTask(ctx, task));
    await withTransaction(ctx, (ctx) => createRuleTask(ctx, { ...task, dueOn: '2024-05-01' }));
    const rows = await db.dataSource.query(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM task WHERE rule_key = $1`,
      [task.ruleKey],
    );
    expect(rows).toEqual([{ due_on: '2024-04-01' }]);
  });

  it('loads each kind of lifecycle record for many people in one statement', async () => {
    const ids = [await personAt('UNDER_SUPPORT'), await personAt('UNDER_SUPPORT'), await personAt('AWAITING_REPORT')];
    const loaders = createLifecycleLoaders(db.dataSource);
    const spy = vi.spyOn(db.dataSource, 'getRepository');
    try {
      const [releases, receptions] = await Promise.all([
        Promise.all(ids.map((id) => loaders.releasesByReturnee.load(id))),
        Promise.all(ids.map((id) => loaders.receptionsByReturnee.load(id))),
      ]);
      expect(releases.map((r) => r.length)).toEqual([1, 1, 1]);
      expect(receptions.map((r) => r.length)).toEqual([1, 1, 0]);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
