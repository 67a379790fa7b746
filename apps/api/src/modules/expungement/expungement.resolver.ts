import { forecastRecord, MainPenalty, reasonMessage } from '@hoanhap/shared';
import { Arg, Query, Resolver } from 'type-graphql';
import { badInput } from '../../common/errors.js';
import { ExpungementForecast, ExpungementPreviewInput } from './expungement.types.js';

/** A person with more convictions than this on file is not what a preview is for. */
const MAX_OTHER_CONVICTIONS = 20;

@Resolver()
export class ExpungementResolver {
  @Query(() => ExpungementForecast, {
    description:
      'Applies the expungement rules (Penal Code arts. 69, 70, 71, 73, 107) to one judgment, or to a person’s whole record with `otherConvictions` (art. 73(2)): the same answer Returnee.expungementForecast gives for the same judgments. Public: it reads no stored data.',
  })
  expungementPreview(
    @Arg('input', () => ExpungementPreviewInput) input: ExpungementPreviewInput,
    @Arg('otherConvictions', () => [ExpungementPreviewInput], {
      nullable: true,
      description: `The person's other convictions not yet expunged, in any order (at most ${MAX_OTHER_CONVICTIONS}): a new conviction restarts the old clock (Penal Code art. 73(2)).`,
    })
    otherConvictions: ExpungementPreviewInput[] | null,
  ): ExpungementForecast {
    const convictions = [input, ...(otherConvictions ?? [])];
    if (convictions.length > MAX_OTHER_CONVICTIONS + 1) {
      throw badInput('otherConvictions', reasonMessage('TOO_MANY.otherConvictions', { max: MAX_OTHER_CONVICTIONS }));
    }
    convictions.forEach((c, i) => {
      if (c.penalty === MainPenalty.FIXED_TERM_IMPRISONMENT && !c.prisonMonths) {
        throw badInput(
          i === 0 ? 'input.prisonMonths' : `otherConvictions.${i - 1}.prisonMonths`,
          'REQUIRED.prisonMonthsEstimate',
        );
      }
    });
    return forecastRecord(convictions);
  }
}
