import { SupportType } from '@hoanhap/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../../common/fields.js';
import { PledgeIndicator, PledgeKind, ReviewKind, TargetDirection, TargetKind } from '../enums.js';

@InputType({ description: 'An organisation signing a pledge, and who signs for it.' })
export class PledgeSignatoryInput {
  @Field(() => ID, { description: 'An organisation of your unit.' })
  organisationId: string;

  @TextField({ max: 200, min: 2 })
  representative: string;

  @TextField({ max: 300, nullable: true })
  title?: string | null;
}

@InputType({ description: 'A target of a pledge. See `PledgeTargetResult` for how it is scored.' })
export class PledgeTargetInput {
  @Field(() => TargetKind)
  kind: TargetKind;

  @Field(() => PledgeIndicator, { nullable: true, description: 'Required for COMPUTED; not allowed for MANUAL.' })
  indicator?: PledgeIndicator | null;

  @TextField({ max: 500, nullable: true, description: 'Required for MANUAL: what is measured, in words.' })
  label?: string | null;

  @TextField({ max: 50, nullable: true, description: 'For MANUAL: the unit of the value, e.g. "buổi".' })
  unitOfMeasure?: string | null;

  @Field(() => TargetDirection, { nullable: true, description: 'Defaults to the indicator’s (AT_LEAST for MANUAL).' })
  direction?: TargetDirection | null;

  @Field(() => Number, { description: 'The value pledged: 0 or more; at most 100 for a PERCENT indicator.' })
  target: number;

  @Field(() => Number, { description: 'Weight in the total: more than 0, at most 100.' })
  weight: number;

  @Field(() => ID, { description: 'The organisation responsible: one of the pledge’s signatories.' })
  responsibleOrganisationId: string;

  @Field(() => Int, { nullable: true, description: 'N days, for HELPER_ASSIGNED_SHARE (1 to 365).' })
  withinDays?: number | null;

  @Field(() => SupportType, { nullable: true, description: 'For SUPPORT_DONE only: count this type only.' })
  supportType?: SupportType | null;
}

@InputType({ description: 'A pledge signed by organisations of your unit.' })
export class SignPledgeInput {
  @Field(() => PledgeKind)
  kind: PledgeKind;

  @TextField({ max: 500, min: 2 })
  title: string;

  @OptionalId()
  modelId?: string | null;

  @DateField({ description: 'Day it was signed; not in the future.' })
  signedOn: string;

  @DateField()
  periodFrom: string;

  @DateField({ description: 'Not before periodFrom.' })
  periodTo: string;

  @OptionalId('The signed text, a document of your unit.')
  documentId?: string | null;

  @Field(() => [PledgeSignatoryInput], { description: 'An EMULATION pledge needs at least two organisations.' })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(50, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  signatories: PledgeSignatoryInput[];

  @Field(() => [PledgeTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  targets?: PledgeTargetInput[] | null;
}

@InputType({ description: 'Adds a target to a pledge.' })
export class AddPledgeTargetInput extends PledgeTargetInput {
  @Field(() => ID)
  pledgeId: string;
}

@InputType({ description: 'The actual value of a MANUAL target at a review, with its evidence.' })
export class ManualActualInput {
  @Field(() => ID)
  targetId: string;

  @Field(() => Number, { description: '0 or more.' })
  actual: number;

  @Field(() => ID, { description: 'A document of your unit showing it (minutes, report).' })
  evidenceDocumentId: string;
}

@InputType({
  description:
    'A review (sơ kết / tổng kết): computed targets are measured from the pledge start to the review day (or the period end), manual ones are given here.',
})
export class ReviewPledgeInput {
  @Field(() => ID)
  pledgeId: string;

  @Field(() => ReviewKind)
  kind: ReviewKind;

  @DateField({ description: 'Not before the period start; not in the future.' })
  reviewedOn: string;

  @OptionalId('The review’s minutes or report.')
  documentId?: string | null;

  @Field(() => [ManualActualInput], { nullable: true, description: 'One per MANUAL target.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  manualActuals?: ManualActualInput[] | null;
}

@InputType({ description: 'Filters of the pledges list; all optional and combined with AND.' })
export class PledgeFilter {
  @Field(() => [PledgeKind], { nullable: true })
  kind?: PledgeKind[] | null;

  @OptionalId()
  modelId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pledges whose period overlaps this year (2000–2100).' })
  @IsOptional()
  @Min(2000, { message: 'OUT_OF_RANGE' })
  @Max(2100, { message: 'OUT_OF_RANGE' })
  year?: number | null;

  @OptionalId('Pledges this organisation signed.')
  organisationId?: string | null;
}
