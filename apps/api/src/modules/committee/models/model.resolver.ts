import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listCost } from '../../../common/query-cost.js';
import type { RequestContext } from '../../../context.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { SteeringCommittee } from '../committee/steering-committee.entity.js';
import { Document } from '../documents/document.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { CreateReintegrationModelInput } from './model.inputs.js';
import { modelService } from './model.service.js';
import { ReintegrationModel } from './reintegration-model.entity.js';

@Resolver(() => ReintegrationModel)
export class ReintegrationModelResolver {
  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => [ReintegrationModel], { description: 'Models of the units in your scope, latest launch first.' })
  reintegrationModels(@Ctx() ctx: RequestContext): Promise<ReintegrationModel[]> {
    return modelService.list(ctx);
  }

  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => ReintegrationModel, { nullable: true, description: 'One model; null when missing or out of scope.' })
  reintegrationModel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReintegrationModel | null> {
    return modelService.find(ctx, id);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => ReintegrationModel, {
    description: 'Creates a model of your unit and freezes its baseline statistics as of the launch day.',
  })
  createReintegrationModel(
    @Arg('input', () => CreateReintegrationModelInput) input: CreateReintegrationModelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReintegrationModel> {
    return modelService.create(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() m: ReintegrationModel, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(m.unitId);
    if (!unit) throw new Error('model without unit');
    return unit;
  }

  @FieldResolver(() => [Document], { description: 'Its founding and later documents, oldest first.' })
  documents(@Root() m: ReintegrationModel, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.db.getRepository(Document).find({
      where: { modelId: m.id },
      order: { issuedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  // One committee per term: a model has had a few at most.
  @FieldResolver(() => [SteeringCommittee], { complexity: listCost(3) })
  committees(@Root() m: ReintegrationModel, @Ctx() ctx: RequestContext): Promise<SteeringCommittee[]> {
    return ctx.db.getRepository(SteeringCommittee).find({ where: { modelId: m.id }, order: { termFrom: 'ASC' } });
  }

  @FieldResolver(() => [Pledge])
  pledges(@Root() m: ReintegrationModel, @Ctx() ctx: RequestContext): Promise<Pledge[]> {
    return ctx.db.getRepository(Pledge).find({ where: { modelId: m.id }, order: { signedOn: 'ASC' } });
  }
}
