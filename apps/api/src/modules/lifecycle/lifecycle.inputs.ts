import { AddressVerification, ClassificationGroup, ClosureReason, IncidentKind, ReleaseType } from '@hoanhap/shared';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../common/fields.js';

/*
 * Inputs of the case lifecycle (docs/domain.md, Lifecycle). Rule codes in messages ('REQUIRED', 'TOO_LONG', …) are
 * translated by the web app; checks that need another field, today's date or the stored case are
 * made in the services.
 */

@InputType({ description: 'The prison’s notice that a person will be released to this unit.' })
export class RecordReleaseNoticeInput {
  @Field(() => ID)
  returneeId: string;

  @DateField({ description: 'Day the unit received the notice; the 3 working days count from it.' })
  receivedOn: string;

  @TextField({ max: 300, notBlank: true })
  prison: string;

  @DateField({ nullable: true })
  expectedReleaseOn?: string | null;

  @TextField({ max: 500, notBlank: true, description: 'The address the person stated; to be verified.' })
  statedAddress: string;
}

@InputType({ description: 'The result of verifying the address stated in a prison’s notice.' })
export class VerifyReleaseAddressInput {
  @Field(() => ID)
  releaseNoticeId: string;

  @DateField()
  verifiedOn: string;

  @Field(() => AddressVerification)
  result: AddressVerification;
}

@InputType({ description: 'The release certificate: the person has left prison.' })
export class RecordReleaseInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => ReleaseType)
  type: ReleaseType;

  @TextField({ max: 100, nullable: true })
  certificateNumber?: string | null;

  @DateField()
  releasedOn: string;

  @TextField({ max: 300, notBlank: true })
  prison: string;

  @DateField({
    nullable: true,
    description: 'PAROLE only, and then required: the last day of probation (after the release day).',
  })
  probationEndsOn?: string | null;
}

@InputType({ description: 'The person reported in: meeting record, pledge, information sheet, needs found.' })
export class RecordReceptionInput {
  @Field(() => ID)
  returneeId: string;

  @DateField()
  receivedOn: string;

  @TextField({ max: 100, nullable: true, description: 'Number of the meeting record (form HCD-05).' })
  meetingRecordNumber?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  pledgeSigned: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'The information sheet (HCD-02) is filled in.' })
  informationSheetDone: boolean;

  @Field(() => [String], { nullable: true, description: 'Needs found (work, papers, housing…).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'TOO_MANY' })
  @MaxLength(200, { each: true, message: 'TOO_LONG' })
  needs?: string[] | null;
}

@InputType({ description: 'Start the support phase for a received person (or a parolee whose probation ended).' })
export class StartSupportInput {
  @Field(() => ID)
  returneeId: string;
}

@InputType({ description: 'Close a case. EXPUNGED needs its proof; NEW_CONVICTION needs the NEW_OFFENCE incident.' })
export class CloseCaseInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => ClosureReason)
  reason: ClosureReason;

  @DateField()
  closedOn: string;

  @TextField({
    max: 100,
    nullable: true,
    description: 'EXPUNGED: number of the judicial record certificate or court decision.',
  })
  proofNumber?: string | null;

  @DateField({ nullable: true, description: 'EXPUNGED: date of the proof.' })
  proofDate?: string | null;

  @OptionalId('NEW_CONVICTION: the NEW_OFFENCE incident of this person.')
  incidentId?: string | null;

  @TextField({ max: 2000, nullable: true })
  note?: string | null;
}

@InputType({ description: 'Reopen a closed case into support, with the reason.' })
export class ReopenCaseInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({ max: 1000, notBlank: true, description: 'Why the case is reopened (at least 5 characters).' })
  reason: string;

  @DateField({ nullable: true, description: 'Defaults to today.' })
  reopenedOn?: string | null;
}

@InputType({ description: 'An incident: violation, new offence, detention, compulsory rehabilitation. Sensitive.' })
export class RecordIncidentInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => IncidentKind)
  kind: IncidentKind;

  @DateField()
  occurredOn: string;

  @TextField({ max: 2000, nullable: true })
  note?: string | null;
}

@InputType({ description: 'A classification into group A–D for a period (Circular 10/2024).' })
export class ClassifyReturneeInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => ClassificationGroup)
  group: ClassificationGroup;

  @DateField()
  periodStart: string;

  @DateField({ nullable: true, description: 'Empty: until the next classification.' })
  periodEnd?: string | null;

  @Field(() => [String], { description: 'Why this group; at least one for B, C and D.' })
  @ArrayMaxSize(20, { message: 'TOO_MANY' })
  @MaxLength(500, { each: true, message: 'TOO_LONG' })
  reasons: string[];
}

@InputType({ description: 'Hand the whole case over to the unit the person moved to.' })
export class TransferCaseInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({ max: 100, notBlank: true, description: 'Code of a current ward or commune, e.g. "van-dau".' })
  toUnitCode: string;

  @DateField()
  transferredOn: string;

  @TextField({ max: 1000, nullable: true })
  reason?: string | null;
}
