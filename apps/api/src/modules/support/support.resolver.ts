import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Support } from './support.entity.js';
import { RecordSupportInput, UpdateSupportStatusInput } from './support.inputs.js';
import { supportService } from './support.service.js';

@Resolver(() => Support)
export class SupportResolver {
  @Authorized(Permission.RECORD_CONTACTS)
  @Mutation(() => Support, {
    description: 'Records a support action: the officer, or a helper for a person assigned to them.',
  })
  recordSupport(
    @Arg('input', () => RecordSupportInput) input: RecordSupportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Support> {
    return supportService.record(ctx, input);
  }

  @Authorized(Permission.RECORD_CONTACTS)
  @Mutation(() => Support, {
    description: 'Moves a support on; a stale version gives CONFLICT, a move not allowed INVALID_TRANSITION.',
  })
  updateSupportStatus(
    @Arg('input', () => UpdateSupportStatusInput) input: UpdateSupportStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Support> {
    return supportService.updateStatus(ctx, input);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  providerOrganisation(@Root() s: Support, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return s.providerOrganisationId ? ctx.loaders.organisationById.load(s.providerOrganisationId) : null;
  }
}
