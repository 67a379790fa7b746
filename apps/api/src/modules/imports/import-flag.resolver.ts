import { ImportFlagDecision } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import type { RequestContext } from '../../context.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { ImportFlag } from './import-flag.entity.js';
import { importFlagService } from './import-flag.service.js';

@InputType({ description: 'The officer’s decision on a flagged row of their import.' })
export class DecideImportFlagInput {
  @Field(() => ID)
  id: string;

  @Field(() => ImportFlagDecision)
  decision: ImportFlagDecision;
}

/** A flagged row: the details it gave beside the person on record it may be. */
@Resolver(() => ImportFlag)
export class ImportFlagResolver {
  @Authorized()
  @Mutation(() => ImportFlag, {
    description:
      'Decides a flagged row of one of your imports: SAME_PERSON updates the person on record with it, DIFFERENT_PERSON registers it as a new person. Once.',
  })
  decideImportFlag(
    @Arg('input', () => DecideImportFlagInput) input: DecideImportFlagInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportFlag> {
    return importFlagService.decide(ctx, input.id, input.decision);
  }

  @FieldResolver(() => String, { description: 'The name as the row gave it.' })
  fullName(@Root() flag: ImportFlag): string {
    return flag.person.fullName ?? '';
  }

  @FieldResolver(() => LocalDate, { nullable: true })
  dateOfBirth(@Root() flag: ImportFlag): string | null {
    return flag.person.dateOfBirth ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  currentAddress(@Root() flag: ImportFlag): string | null {
    return flag.person.currentAddress ?? flag.person.permanentAddress ?? null;
  }

  @FieldResolver(() => LocalDate, { nullable: true })
  returnedOn(@Root() flag: ImportFlag): string | null {
    return flag.person.returnedOn ?? null;
  }

  @FieldResolver(() => Returnee, {
    nullable: true,
    description: 'The person on record the row may be; null when you no longer see them.',
  })
  candidate(@Root() flag: ImportFlag): Returnee | null {
    return flag.candidate ?? null;
  }

  @FieldResolver(() => ImportFlagDecision, { nullable: true, description: 'Null until decided.' })
  decision(@Root() flag: ImportFlag): ImportFlagDecision | null {
    return flag.decision;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The person the decision updated or registered.' })
  resultId(@Root() flag: ImportFlag): string | null {
    return flag.resultId;
  }
}
