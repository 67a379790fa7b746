import { MainPenalty, ObligationKind, OffenceSeverity, SupplementaryPenaltyKind } from '@hoanhap/shared';
import { IsIn, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

const CHAPTERS = Array.from({ length: 26 }, (_, i) => i + 1);

@InputType({ description: 'A judgment (bản án) against a person. Sensitive: only the officer records it.' })
export class RecordConvictionInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => String, { description: 'e.g. "Tòa án nhân dân quận Kiến An".' })
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  court: string;

  @Field(() => String, { description: 'e.g. "25/2022/HS-ST".' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  judgmentNumber: string;

  @Field(() => LocalDate, { description: 'Not in the future.' })
  judgmentDate: string;

  @Field(() => String, { description: 'Penal Code 2015 article, e.g. "173".' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(20, { message: 'TOO_LONG' })
  penalCodeArticle: string;

  @Field(() => Int, { description: 'Penal Code chapter as a number, 1–26 (XIII = 13, XXVI = 26).' })
  @IsIn(CHAPTERS, { message: 'OUT_OF_RANGE' })
  penalCodeChapter: number;

  @Field(() => OffenceSeverity)
  severity: OffenceSeverity;

  @Field(() => Boolean)
  intentional: boolean;

  @Field(() => Int, { description: 'Age when the offence was committed, 14–120.' })
  @Min(14, { message: 'OUT_OF_RANGE' })
  @Max(120, { message: 'OUT_OF_RANGE' })
  ageAtOffence: number;

  @Field(() => MainPenalty)
  mainPenalty: MainPenalty;

  @Field(() => Int, {
    nullable: true,
    description: 'Months of imprisonment as sentenced (1–360): required for FIXED_TERM_IMPRISONMENT, absent otherwise.',
  })
  @IsOptional()
  @Min(1, { message: 'OUT_OF_RANGE' })
  @Max(360, { message: 'OUT_OF_RANGE' })
  prisonMonths?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Day the main penalty was completed (or a suspended sentence’s probation ended); not before the judgment.',
  })
  mainPenaltyCompletedOn?: string | null;
}

@InputType({ description: 'A supplementary penalty (hình phạt bổ sung) of a judgment.' })
export class RecordSupplementaryPenaltyInput {
  @Field(() => ID)
  convictionId: string;

  @Field(() => SupplementaryPenaltyKind)
  kind: SupplementaryPenaltyKind;

  @Field(() => LocalDate, { description: 'Not before the judgment.' })
  startsOn: string;

  @Field(() => LocalDate, {
    description: 'Last day (for a fine: the day it was paid); not before startsOn. The expungement clock waits for it.',
  })
  endsOn: string;
}

@InputType({ description: 'A civil obligation of a judgment: court fee, fine, compensation, confiscation.' })
export class RecordObligationInput {
  @Field(() => ID)
  convictionId: string;

  @Field(() => ObligationKind)
  kind: ObligationKind;

  @Field(() => String, { description: 'Amount in whole đồng, digits only (e.g. "2500000").' })
  amountVnd: string;

  @Field(() => LocalDate, { nullable: true, description: 'Day it was settled; leave empty while unsettled.' })
  settledOn?: string | null;
}

@InputType({ description: 'Marks an unsettled obligation as settled.' })
export class SettleObligationInput {
  @Field(() => ID)
  obligationId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the judgment.' })
  settledOn: string;
}
