import { Permission } from '@hoanhap/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { DataSharingAgreement } from '../agreements/agreement.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { ServiceAccount } from './service-account.entity.js';
import { CreateServiceAccountInput, RevokeServiceAccountInput } from './service-account.inputs.js';
import { serviceAccountService } from './service-account.service.js';
import { CreateServiceAccountResult } from './service-account.types.js';

@Resolver(() => ServiceAccount)
export class ServiceAccountResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => [ServiceAccount], { description: 'Integration keys of units in your scope, newest first (admin).' })
  serviceAccounts(@Ctx() ctx: RequestContext): Promise<ServiceAccount[]> {
    return serviceAccountService.list(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => CreateServiceAccountResult, {
    description: 'Creates a key for another department (admin). The key is in this answer only.',
  })
  createServiceAccount(
    @Arg('input', () => CreateServiceAccountInput) input: CreateServiceAccountInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CreateServiceAccountResult> {
    return serviceAccountService.create(ctx, input, info.schema);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => ServiceAccount, { description: 'Stops a key from working, for good (admin).' })
  revokeServiceAccount(
    @Arg('input', () => RevokeServiceAccountInput) input: RevokeServiceAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceAccount> {
    return serviceAccountService.revoke(ctx, input);
  }

  @FieldResolver(() => DataSharingAgreement, { description: 'The data-sharing agreement the key works under.' })
  async agreement(@Root() a: ServiceAccount, @Ctx() ctx: RequestContext): Promise<DataSharingAgreement> {
    const agreement = await ctx.loaders.agreementById.load(a.agreementId);
    if (!agreement) throw new Error('service account without agreement');
    return agreement;
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() a: ServiceAccount, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(a.unitId);
    if (!unit) throw new Error('service account without unit');
    return unit;
  }
}
