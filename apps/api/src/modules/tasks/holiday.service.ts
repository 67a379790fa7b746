import { HolidayKind } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput, notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { Holiday } from './holiday.entity.js';
import type { RemoveHolidayInput, SetHolidayInput } from './holiday.inputs.js';
import { withTransaction } from '../../common/transaction.js';

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

export class HolidayService {
  async forYear(ctx: RequestContext, year: number): Promise<Holiday[]> {
    requireActor(ctx);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw badInput('year', 'OUT_OF_RANGE.notValidYear');
    }
    return ctx.db
      .getRepository(Holiday)
      .createQueryBuilder('h')
      .where('h.day BETWEEN CAST(:from AS date) AND CAST(:to AS date)', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('h.day', 'ASC')
      .getMany();
  }

  /** Adds the day, or changes it when it is already in the calendar. */
  async set(ctx: RequestContext, input: SetHolidayInput): Promise<Holiday> {
    const name = input.name.trim();
    if (!name) throw badInput('input.name', 'REQUIRED.holidayName');
    if (input.kind === HolidayKind.WORKING_DAY && !isWeekend(input.day)) {
      throw badInput('input.day', 'NOT_A_WEEKEND');
    }
    return withTransaction(ctx, async (ctx) => {
      await ctx.db.getRepository(Holiday).upsert({ day: input.day, kind: input.kind, name }, ['day']);
      await audit(ctx, { action: 'setHoliday', objectType: 'Holiday', fields: ['day', 'kind', 'name'] });
      return ctx.db.getRepository(Holiday).findOneByOrFail({ day: input.day });
    });
  }

  /** Removes the day and returns what it was; NOT_FOUND when it is not in the calendar. */
  async remove(ctx: RequestContext, input: RemoveHolidayInput): Promise<Holiday> {
    return withTransaction(ctx, async (ctx) => {
      const repo = ctx.db.getRepository(Holiday);
      const holiday = await repo.findOne({ where: { day: input.day }, lock: { mode: 'pessimistic_write' } });
      if (!holiday) throw notFound('NOT_FOUND.holiday');
      await repo.delete({ day: input.day });
      await audit(ctx, { action: 'removeHoliday', objectType: 'Holiday', fields: ['day'] });
      return holiday;
    });
  }
}

export const holidayService = new HolidayService();
