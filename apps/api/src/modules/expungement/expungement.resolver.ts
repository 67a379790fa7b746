import { forecastExpungement, MainPenalty } from '@hoanhap/shared';
import { Arg, Query, Resolver } from 'type-graphql';
import { badInput } from '../../common/errors.js';
import { ExpungementForecast, ExpungementPreviewInput } from './expungement.types.js';

@Resolver()
export class ExpungementResolver {
  @Query(() => ExpungementForecast, {
    description:
      'Applies the expungement rules (Penal Code arts. 69, 70, 71, 73, 107) to one judgment. Public: it reads no stored data.',
  })
  expungementPreview(@Arg('input', () => ExpungementPreviewInput) input: ExpungementPreviewInput): ExpungementForecast {
    if (input.penalty === MainPenalty.FIXED_TERM_IMPRISONMENT && !input.prisonMonths) {
      throw badInput(
        'input.prisonMonths',
        'Cần nhập số tháng tù. / prisonMonths is required for fixed-term imprisonment.',
        'REQUIRED',
      );
    }
    return forecastExpungement(input);
  }
}
