import { Role, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { EmploymentPeriod } from '../../employment/employment-period.entity.js';
import { Returnee } from '../../returnees/returnee.entity.js';
import { JobOfferStatus } from '../enums.js';
import { RecordJobOfferInput, RecordPlacementInput, RegisterEmployerInput } from './employer.inputs.js';
import { employerService } from './employer.service.js';
import { Employer } from './employer.types.js';
import { JobOffer } from './job-offer.entity.js';
import { Placement } from './placement.entity.js';

/** The Social Policy Bank lends to employers with at least this share of returnees on staff (Decision 22/2023/QĐ-TTg; docs/domain.md). */
const SOCIAL_POLICY_BANK_SHARE = 0.1;

@Resolver(() => Employer)
export class EmployerResolver {
  @Authorized(Permission.READ_EMPLOYERS)
  @Query(() => [Employer], { description: 'Partner employers of the units in your scope, by name.' })
  employers(@Ctx() ctx: RequestContext): Promise<Employer[]> {
    return employerService.list(ctx);
  }

  @Authorized(Permission.READ_EMPLOYERS)
  @Query(() => [JobOffer], { description: 'Job offers of partner employers in your scope, newest first.' })
  jobOffers(
    @Arg('status', () => JobOfferStatus, { nullable: true }) status: JobOfferStatus | null,
    @Arg('employerId', () => ID, { nullable: true }) employerId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<JobOffer[]> {
    return employerService.jobOffers(ctx, status, employerId);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => Employer, { description: 'Registers a partner employer of your unit.' })
  registerEmployer(
    @Arg('input', () => RegisterEmployerInput) input: RegisterEmployerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Employer> {
    return employerService.register(ctx, input);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => JobOffer)
  recordJobOffer(
    @Arg('input', () => RecordJobOfferInput) input: RecordJobOfferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<JobOffer> {
    return employerService.recordJobOffer(ctx, input);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => Placement, {
    description:
      'Places a person with an employer and opens their employment period (no overlap allowed: end the current one first). STABLE for a labour contract of 12 months or more, else UNSTABLE (the product’s rule).',
  })
  recordPlacement(
    @Arg('input', () => RecordPlacementInput) input: RecordPlacementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Placement> {
    return employerService.recordPlacement(ctx, input);
  }

  @FieldResolver(() => [JobOffer], { name: 'jobOffers', description: 'Its job offers, newest first.' })
  jobOfferList(@Root() e: Employer, @Ctx() ctx: RequestContext): Promise<JobOffer[]> {
    return ctx.loaders.jobOffersByEmployer.load(e.id);
  }

  @FieldResolver(() => [Placement], { description: 'People placed here; empty for helpers (personal data).' })
  async placements(@Root() e: Employer, @Ctx() ctx: RequestContext): Promise<Placement[]> {
    if (!ctx.actor || ctx.actor.role === Role.HELPER) return [];
    return ctx.loaders.placementsByEmployer.load(e.id);
  }

  @FieldResolver(() => Number, {
    nullable: true,
    description: 'returneesOnStaff / staffCount (0 to 1); null without a staff count.',
  })
  returneeShare(@Root() e: Employer): number | null {
    return e.staffCount ? Math.round((e.returneesOnStaff / e.staffCount) * 10_000) / 10_000 : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'At least 10% of the staff are returnees on labour contracts (Social Policy Bank rule, to confirm).',
  })
  meetsSocialPolicyBankShare(@Root() e: Employer): boolean {
    return !!e.staffCount && e.returneesOnStaff / e.staffCount >= SOCIAL_POLICY_BANK_SHARE;
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Returnee, { nullable: true, description: 'The person placed; null if not in your view.' })
  async returnee(@Root() p: Placement, @Ctx() ctx: RequestContext): Promise<Returnee | null> {
    if (!ctx.actor || ctx.actor.role === Role.HELPER) return null;
    const r = await ctx.loaders.returneeById.load(p.returneeId);
    return r && (await ctx.unitScope()).includes(r.unitId) ? r : null;
  }

  @FieldResolver(() => EmploymentPeriod, { description: 'The employment period the placement opened.' })
  async employmentPeriod(@Root() p: Placement, @Ctx() ctx: RequestContext): Promise<EmploymentPeriod> {
    const period = await ctx.loaders.placementPeriodById.load(p.employmentPeriodId);
    if (!period) throw new Error('placement without employment period');
    return period;
  }
}
