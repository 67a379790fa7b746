import {
  type ExpungementBlocker,
  type ExpungementNote,
  ExpungementRoute,
  MainPenalty,
  OffenceSeverity,
} from '@hoanhap/shared';
import { IsIn, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateField } from '../../common/fields.js';

registerEnumType(MainPenalty, { name: 'MainPenalty', description: 'Main penalty of a judgment (hình phạt chính).' });
registerEnumType(OffenceSeverity, {
  name: 'OffenceSeverity',
  description: 'Category of the offence (Penal Code art. 9).',
});
registerEnumType(ExpungementRoute, { name: 'ExpungementRoute' });

/** GraphQL wants an enum object; the blocker codes live in @hoanhap/shared. */
export enum ExpungementBlockerCode {
  UNSETTLED_OBLIGATIONS = 'UNSETTLED_OBLIGATIONS',
}
registerEnumType(ExpungementBlockerCode, {
  name: 'ExpungementBlocker',
  description: 'What prevents expungement for now.',
});

/** GraphQL wants an enum object; the note codes and their labels live in @hoanhap/shared. */
export enum ExpungementNoteCode {
  NO_RECORD_UNINTENTIONAL = 'NO_RECORD_UNINTENTIONAL',
  NO_RECORD_JUVENILE = 'NO_RECORD_JUVENILE',
  AUTOMATIC_PERIOD = 'AUTOMATIC_PERIOD',
  COURT_PERIOD = 'COURT_PERIOD',
  JUVENILE_PERIOD = 'JUVENILE_PERIOD',
  NEW_CONVICTION_RESTARTS = 'NEW_CONVICTION_RESTARTS',
  SUPPLEMENTARY_PENALTY_ENDS_LATER = 'SUPPLEMENTARY_PENALTY_ENDS_LATER',
  OBLIGATIONS_SETTLED_LATER = 'OBLIGATIONS_SETTLED_LATER',
}
registerEnumType(ExpungementNoteCode, {
  name: 'ExpungementNote',
  description:
    'A rule that shaped a forecast (Vietnamese and English texts: EXPUNGEMENT_NOTE_LABELS in @hoanhap/shared). NO_RECORD_UNINTENTIONAL: Penal Code art. 69(2). NO_RECORD_JUVENILE: art. 107(1). AUTOMATIC_PERIOD: art. 70(2). COURT_PERIOD: art. 71(2), the person may then apply to the court. JUVENILE_PERIOD: art. 107(2), only a new offence matters, supplementary penalties and obligations are no condition. NEW_CONVICTION_RESTARTS: art. 73(2). SUPPLEMENTARY_PENALTY_ENDS_LATER, OBLIGATIONS_SETTLED_LATER: the date moved to that end.',
});

@InputType({ description: 'One judgment, as the expungement clock needs it.' })
export class ExpungementPreviewInput {
  @Field(() => MainPenalty)
  penalty: MainPenalty;

  @Field(() => Int, {
    nullable: true,
    description: 'Months of imprisonment as sentenced; required for FIXED_TERM_IMPRISONMENT.',
  })
  @Min(1, { message: 'OUT_OF_RANGE' })
  @Max(360, { message: 'OUT_OF_RANGE' })
  prisonMonths?: number | null;

  @Field(() => Int, { description: 'Chapter of the Penal Code (XIII = 13, XXVI = 26).' })
  @IsIn(
    Array.from({ length: 26 }, (_, i) => i + 1),
    { message: 'OUT_OF_RANGE' },
  )
  penalCodeChapter: number;

  @Field(() => OffenceSeverity)
  severity: OffenceSeverity;

  @Field(() => Boolean)
  intentional: boolean;

  @Field(() => Int)
  @Min(14, { message: 'OUT_OF_RANGE' })
  @Max(120, { message: 'OUT_OF_RANGE' })
  ageAtOffence: number;

  @DateField()
  mainPenaltyCompletedOn: string;

  @DateField({ nullable: true })
  supplementaryPenaltyEndsOn?: string | null;

  @Field(() => Boolean)
  obligationsSettled: boolean;

  @DateField({ nullable: true })
  obligationsSettledOn?: string | null;
}

@ObjectType({ description: 'When a record can be expunged, and by which route.' })
export class ExpungementForecast {
  @Field(() => ExpungementRoute)
  route: ExpungementRoute;

  @Field(() => Int, { nullable: true, description: 'Null when there is no record to expunge.' })
  waitingMonths: number | null;

  @DateField({ nullable: true, description: 'Null for NO_RECORD or while something blocks expungement.' })
  eligibleOn: string | null;

  @Field(() => [ExpungementBlockerCode])
  blockers: ExpungementBlocker[];

  @Field(() => [ExpungementNoteCode], { description: 'The rules applied, in a fixed order.' })
  explanation: ExpungementNote[];
}
