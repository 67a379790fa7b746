import { MainPenalty, ObligationKind, OffenceSeverity, SupplementaryPenaltyKind } from '@hoanhap/shared';
import { IsIn, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, TextField } from '../../common/fields.js';

const CHAPTERS = Array.from({ length: 26 }, (_, i) => i + 1);

@InputType({ description: 'A judgment (bản án) against a person. Sensitive: only the officer records it.' })
export class RecordConvictionInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({ max: 200, min: 2, description: 'e.g. "Tòa án nhân dân quận Kiến An".' })
  court: string;

  @TextField({ max: 100, min: 1, description: 'e.g. "25/2022/HS-ST".' })
  judgmentNumber: string;

  @DateField({ description: 'Not in the future.' })
  judgmentDate: string;

  @TextField({ max: 20, min: 1, description: 'Penal Code 2015 article, e.g. "173".' })
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

  @DateField({
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

  @DateField({ description: 'Not before the judgment.' })
  startsOn: string;

  @DateField({
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

  @DateField({ nullable: true, description: 'Day it was settled; leave empty while unsettled.' })
  settledOn?: string | null;
}

@InputType({ description: 'Marks an unsettled obligation as settled.' })
export class SettleObligationInput {
  @Field(() => ID)
  obligationId: string;

  @DateField({ description: 'Not in the future, not before the judgment.' })
  settledOn: string;
}
