import { ModelStatus } from '@hoanhap/shared';
import { requireActor } from '../../../common/access.js';
import { badInput, notFound } from '../../../common/errors.js';
import type { RequestContext } from '../../../context.js';
import { auditChange, givenFields } from '../../audit/audit.service.js';
import { statisticsService } from '../../statistics/statistics.service.js';
import { clean, idInScope, requireText } from '../common.js';
import type { CreateReintegrationModelInput } from './model.inputs.js';
import { ReintegrationModel } from './reintegration-model.entity.js';
import { withTransaction } from '../../../common/transaction.js';
import { saveNew } from '../../../common/records.js';

export const modelNotFound = () => notFound('NOT_FOUND.model');

export class ModelService {
  /**
   * Creates a model in the caller's unit. The baseline is the statistics service's answer for the
   * launch day, stored as numbers: later edits to casework never change it.
   */
  async create(ctx: RequestContext, input: CreateReintegrationModelInput): Promise<ReintegrationModel> {
    const actor = requireActor(ctx);
    const name = requireText('input.name', input.name);
    if (input.baselineReturnedSince > input.launchedOn) {
      throw badInput('input.baselineReturnedSince', 'AFTER_LAUNCH');
    }
    const stats = await statisticsService.reintegrationStats(ctx, {
      returnedSince: input.baselineReturnedSince,
      asOf: input.launchedOn,
    });
    return withTransaction(ctx, async (ctx) => {
      const dup: unknown[] = await ctx.db.query(
        'SELECT 1 FROM reintegration_model WHERE unit_id = $1 AND lower(name) = lower($2)',
        [actor.unitId, name],
      );
      if (dup.length > 0) {
        throw badInput('input.name', 'DUPLICATE.modelName');
      }
      const model = await saveNew(ctx, ReintegrationModel, {
        unitId: actor.unitId,
        name,
        slogan: clean(input.slogan),
        launchedOn: input.launchedOn,
        status: input.status ?? ModelStatus.ACTIVE,
        baseline: {
          returnedSince: stats.returnedSince,
          asOf: stats.asOf,
          returned: stats.returned,
          inCaseload: stats.inCaseload,
        },
      });
      await auditChange(ctx, 'createReintegrationModel', model, givenFields(input));
      return model;
    });
  }

  async list(ctx: RequestContext): Promise<ReintegrationModel[]> {
    return ctx.db
      .getRepository(ReintegrationModel)
      .createQueryBuilder('m')
      .where('m.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .orderBy('m.launched_on', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getMany();
  }

  async find(ctx: RequestContext, id: string): Promise<ReintegrationModel | null> {
    const found = await idInScope(ctx, 'reintegration_model', id);
    return found ? ctx.db.getRepository(ReintegrationModel).findOneBy({ id: found }) : null;
  }
}

export const modelService = new ModelService();
