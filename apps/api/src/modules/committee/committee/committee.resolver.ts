import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../../common/scalars.js';
import type { RequestContext } from '../../../context.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Document } from '../documents/document.entity.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';
import {
  AppointCommitteeMemberInput,
  EndCommitteeMembershipInput,
  FoundSteeringCommitteeInput,
} from './committee.inputs.js';
import { committeeService } from './committee.service.js';
import { CommitteeMember } from './committee-member.entity.js';
import { SteeringCommittee } from './steering-committee.entity.js';

@Resolver(() => SteeringCommittee)
export class SteeringCommitteeResolver {
  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => SteeringCommittee, { nullable: true, description: 'One committee; null when missing or out of scope.' })
  steeringCommittee(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SteeringCommittee | null> {
    return committeeService.find(ctx, id);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => SteeringCommittee, {
    description: 'Founds a steering committee by its DECISION document, with its head and founding members.',
  })
  foundSteeringCommittee(
    @Arg('input', () => FoundSteeringCommitteeInput) input: FoundSteeringCommitteeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SteeringCommittee> {
    return committeeService.found(ctx, input);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => CommitteeMember, {
    description:
      'Appoints a member. Exactly one HEAD and at most one STANDING_DEPUTY serve at a time: taking a held seat needs `replacesMemberId` (else CONFLICT, reason ROLE_TAKEN).',
  })
  appointCommitteeMember(
    @Arg('input', () => AppointCommitteeMemberInput) input: AppointCommitteeMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitteeMember> {
    return committeeService.appoint(ctx, input);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => CommitteeMember, {
    description: 'Ends a membership, keeping it in the history. The HEAD is replaced, never just ended (CONFLICT).',
  })
  endCommitteeMembership(
    @Arg('input', () => EndCommitteeMembershipInput) input: EndCommitteeMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitteeMember> {
    return committeeService.end(ctx, input);
  }

  @FieldResolver(() => [CommitteeMember], { description: 'The roster on `asOf` (today by default), in role order.' })
  members(
    @Root() c: SteeringCommittee,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitteeMember[]> {
    return committeeService.roster(ctx, c.id, asOf);
  }

  @FieldResolver(() => [CommitteeMember], { description: 'Every membership, past and present, by start date.' })
  history(@Root() c: SteeringCommittee, @Ctx() ctx: RequestContext): Promise<CommitteeMember[]> {
    return committeeService.history(ctx, c.id);
  }

  @FieldResolver(() => Document)
  async foundingDecision(@Root() c: SteeringCommittee, @Ctx() ctx: RequestContext): Promise<Document> {
    const doc = await ctx.loaders.documentById.load(c.foundingDecisionId);
    if (!doc) throw new Error('committee without its founding decision');
    return doc;
  }

  @FieldResolver(() => Document, { nullable: true })
  operatingRules(@Root() c: SteeringCommittee, @Ctx() ctx: RequestContext): Promise<Document | null> {
    return c.operatingRulesId ? ctx.loaders.documentById.load(c.operatingRulesId) : Promise.resolve(null);
  }

  @FieldResolver(() => ReintegrationModel, { nullable: true })
  model(@Root() c: SteeringCommittee, @Ctx() ctx: RequestContext): Promise<ReintegrationModel | null> {
    return c.modelId ? ctx.db.getRepository(ReintegrationModel).findOneBy({ id: c.modelId }) : Promise.resolve(null);
  }
}

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() m: CommitteeMember, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return m.organisationId ? ctx.loaders.organisationById.load(m.organisationId) : Promise.resolve(null);
  }
}
