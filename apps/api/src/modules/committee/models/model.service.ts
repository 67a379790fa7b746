import { ModelStatus, Permission } from '@hoanhap/shared';
import { requirePermission } from '../../../common/access.js';
import { badInput, notFound } from '../../../common/errors.js';
import type { RequestContext } from '../../../context.js';
import { audit } from '../../audit/audit.service.js';
import { statisticsService } from '../../statistics/statistics.service.js';
import { clean, givenFields, idInScope, requireText } from '../common.js';
import type { CreateReintegrationModelInput } from './model.inputs.js';
import { ReintegrationModel } from './reintegration-model.entity.js';

export const modelNotFound = () => notFound('NOT_FOUND.model');

export class ModelService {
  /**
   * Creates a model in the caller's unit. The baseline is the statistics service's answer for the
   * launch day, stored as numbers: later edits to casework never change it.
   */
  async create(ctx: RequestContext, input: CreateReintegrationModelInput): Promise<ReintegrationModel> {
    const actor = requirePermission(ctx, Permission.WRITE_COMMITTEE);
    const name = requireText('input.name', input.name);
    if (input.baselineReturnedSince > input.launchedOn) {
      throw badInput('input.baselineReturnedSince', 'AFTER_LAUNCH');
    }
    const stats = await statisticsService.reintegrationStats(ctx, {
      returnedSince: input.baselineReturnedSince,
      asOf: input.launchedOn,
    });
    return ctx.dataSource.transaction(async (tx) => {
      const dup: unknown[] = await tx.query(
        'SELECT 1 FROM reintegration_model WHERE unit_id = $1 AND lower(name) = lower($2)',
        [actor.unitId, name],
      );
      if (dup.length > 0) {
        throw badInput('input.name', 'DUPLICATE.modelName');
      }
      const repo = tx.getRepository(ReintegrationModel);
      const model = await repo.save(
        repo.create({
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
        }),
      );
      await audit(tx, ctx, {
        action: 'createReintegrationModel',
        objectType: 'ReintegrationModel',
        objectId: model.id,
        fields: givenFields(input),
      });
      return model;
    });
  }

  async list(ctx: RequestContext): Promise<ReintegrationModel[]> {
    requirePermission(ctx, Permission.READ_COMMITTEE);
    return ctx.dataSource
      .getRepository(ReintegrationModel)
      .createQueryBuilder('m')
      .where('m.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .orderBy('m.launched_on', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getMany();
  }

  async find(ctx: RequestContext, id: string): Promise<ReintegrationModel | null> {
    requirePermission(ctx, Permission.READ_COMMITTEE);
    const found = await idInScope(ctx.dataSource.manager, ctx, 'reintegration_model', id);
    return found ? ctx.dataSource.getRepository(ReintegrationModel).findOneBy({ id: found }) : null;
  }
}

export const modelService = new ModelService();
