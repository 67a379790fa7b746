import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Holiday } from './holiday.entity.js';
import { RemoveHolidayInput, SetHolidayInput } from './holiday.inputs.js';
import { holidayService } from './holiday.service.js';

@Resolver(() => Holiday)
export class HolidayResolver {
  @Authorized()
  @Query(() => [Holiday], {
    description: 'The working calendar’s exceptions in a year: public holidays, days off, swapped working days.',
  })
  holidays(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<Holiday[]> {
    return holidayService.forYear(ctx, year);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => Holiday, { description: 'Adds or changes a day of the working calendar (admin).' })
  setHoliday(@Arg('input', () => SetHolidayInput) input: SetHolidayInput, @Ctx() ctx: RequestContext) {
    return holidayService.set(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => Holiday, { description: 'Removes a day from the working calendar (admin); returns what it was.' })
  removeHoliday(@Arg('input', () => RemoveHolidayInput) input: RemoveHolidayInput, @Ctx() ctx: RequestContext) {
    return holidayService.remove(ctx, input);
  }
}
