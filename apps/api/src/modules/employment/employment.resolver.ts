import { EmploymentStatus, statusOn, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import type { RequestContext } from '../../context.js';
import { EmploymentPeriod } from './employment-period.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { EndEmploymentPeriodInput, RecordEmploymentPeriodInput } from './employment.inputs.js';
import { employmentService } from './employment.service.js';

@Resolver(() => EmploymentPeriod)
export class EmploymentPeriodResolver {
  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => EmploymentPeriod, {
    description: 'Adds a period to a person’s employment history (officer only); periods may not overlap.',
  })
  recordEmploymentPeriod(
    @Arg('input', () => RecordEmploymentPeriodInput) input: RecordEmploymentPeriodInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EmploymentPeriod> {
    return employmentService.record(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => EmploymentPeriod, {
    description: 'Ends an open employment period (officer only); a stale `version` gives CONFLICT.',
  })
  endEmploymentPeriod(
    @Arg('input', () => EndEmploymentPeriodInput) input: EndEmploymentPeriodInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EmploymentPeriod> {
    return employmentService.end(ctx, input);
  }
}

@Resolver(() => Returnee)
export class ReturneeEmploymentResolver {
  @FieldResolver(() => [EmploymentPeriod], { description: 'Every employment period, newest first.' })
  employmentPeriods(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<EmploymentPeriod[]> {
    return ctx.loaders.employmentPeriodsByReturnee.load(r.id);
  }

  @FieldResolver(() => EmploymentStatus, {
    nullable: true,
    description: 'Status on the date, derived from the periods; null when no period covers it.',
  })
  async employmentStatusOn(
    @Root() r: Returnee,
    @Arg('date', () => LocalDate) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EmploymentStatus | null> {
    return statusOn(await ctx.loaders.employmentPeriodsByReturnee.load(r.id), date);
  }
}
