import { MinimisationStatus, MinimisedCategory } from '@hoanhap/shared';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

registerEnumType(MinimisationStatus, {
  name: 'MinimisationStatus',
  description: 'Where a person’s file stands with data minimisation (docs/security.md, Retention).',
});
registerEnumType(MinimisedCategory, {
  name: 'MinimisedCategory',
  description: 'A kind of sensitive detail a minimisation deletes or blanks.',
});

@ObjectType({ description: 'A legal hold: minimisation is paused until an officer releases it.' })
export class LegalHold {
  @Field(() => String, { description: 'Why the file is held, e.g. an ongoing proceeding.' })
  reason: string;

  @Field(() => Date)
  placedAt: Date;
}

@ObjectType({ description: 'What will be minimised on a person’s file, and when (docs/security.md, Retention).' })
export class Minimisation {
  @Field(() => MinimisationStatus)
  status: MinimisationStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day the sensitive details become due under the unit’s policy; null while the case is open.',
  })
  dueOn: string | null;

  @Field(() => Date, { nullable: true })
  minimisedAt: Date | null;

  @Field(() => [MinimisedCategory], { description: 'What a minimisation deletes or blanks.' })
  categories: MinimisedCategory[];

  @Field(() => LegalHold, { nullable: true })
  hold: LegalHold | null;
}

@InputType({ description: 'Pauses the minimisation of a person’s file, with the reason (officer).' })
export class PlaceLegalHoldInput {
  @Field(() => ID)
  returneeId: string;

  // At least 10 characters once trimmed, checked in the service.
  @Field(() => String, { description: '10 to 500 characters, e.g. the proceeding’s reference.' })
  @MaxLength(500, { message: 'TOO_LONG' })
  reason: string;
}

@InputType({ description: 'Lets the minimisation of a person’s file go ahead again (officer).' })
export class ReleaseLegalHoldInput {
  @Field(() => ID)
  returneeId: string;
}
