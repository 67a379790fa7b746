import { Permission } from '@hoanhap/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { DataSharingAgreement } from './agreement.entity.js';
import {
  CreateDataSharingAgreementInput,
  SuspendDataSharingAgreementInput,
  UpdateDataSharingAgreementInput,
} from './agreement.inputs.js';
import { agreementService } from './agreement.service.js';
import { agreementUsage } from './agreement-usage.service.js';
import { AgreementUsage } from './agreement-usage.types.js';

@Resolver(() => DataSharingAgreement)
export class AgreementResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => [DataSharingAgreement], {
    description: 'Data-sharing agreements of units in your scope, or of one unit, latest end first (admin).',
  })
  dataSharingAgreements(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DataSharingAgreement[]> {
    return agreementService.list(ctx, unitCode);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => DataSharingAgreement, { description: 'One data-sharing agreement in your scope (admin).' })
  dataSharingAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DataSharingAgreement> {
    return agreementService.get(ctx, id);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => DataSharingAgreement, { description: 'Records a data-sharing agreement (admin).' })
  createDataSharingAgreement(
    @Arg('input', () => CreateDataSharingAgreementInput) input: CreateDataSharingAgreementInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DataSharingAgreement> {
    return agreementService.create(ctx, input, info.schema);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => DataSharingAgreement, { description: 'Changes an agreement’s terms from the version read (admin).' })
  updateDataSharingAgreement(
    @Arg('input', () => UpdateDataSharingAgreementInput) input: UpdateDataSharingAgreementInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DataSharingAgreement> {
    return agreementService.update(ctx, input, info.schema);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => DataSharingAgreement, { description: 'Suspends an agreement: its keys are refused (admin).' })
  suspendDataSharingAgreement(
    @Arg('input', () => SuspendDataSharingAgreementInput) input: SuspendDataSharingAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DataSharingAgreement> {
    return agreementService.suspend(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => DataSharingAgreement, { description: 'Resumes a suspended agreement (admin).' })
  resumeDataSharingAgreement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DataSharingAgreement> {
    return agreementService.resume(ctx, id);
  }

  @Authorized()
  @Query(() => AgreementUsage, {
    description:
      'An agreement’s use in a month (yyyy-MM): calls and refusals per operation, people touched. The ward’s admin, or a key of that agreement.',
  })
  agreementUsage(
    @Arg('agreementId', () => ID) agreementId: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementUsage> {
    return agreementUsage(ctx, agreementId, month);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit scope: this unit and everything below it.' })
  async unit(@Root() a: DataSharingAgreement, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(a.unitId);
    if (!unit) throw new Error('agreement without unit');
    return unit;
  }
}
