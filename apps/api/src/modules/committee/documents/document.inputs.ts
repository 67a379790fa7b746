import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../../common/scalars.js';
import { DocumentKind } from '../enums.js';

@InputType({ description: 'A file sent with a document: PDF, JPEG, PNG or DOCX, at most 5 MB (checked by content).' })
export class DocumentFileInput {
  @Field(() => String, { description: 'File name with its extension, e.g. "15-QD-UBND.pdf".' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name: string;

  @Field(() => String, { description: 'Declared type; must match the content.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  mimeType: string;

  @Field(() => String, { description: 'The content, base64-encoded.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(7_000_000, { message: 'TOO_LARGE' })
  contentBase64: string;
}

@InputType({ description: 'A document of your unit, linked to a model, committee or pledge of your unit.' })
export class RecordDocumentInput {
  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field(() => String, { nullable: true, description: 'Number and symbol, e.g. "15/QĐ-UBND".' })
  @IsOptional()
  @MaxLength(100, { message: 'TOO_LONG' })
  numberSymbol?: string | null;

  @Field(() => LocalDate, { description: 'Date of issue; not in the future.' })
  issuedOn: string;

  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  issuer: string;

  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(500, { message: 'TOO_LONG' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'TOO_LONG' })
  summary?: string | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => ID, { nullable: true })
  pledgeId?: string | null;

  @Field(() => DocumentFileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  file?: DocumentFileInput | null;
}

@InputType({ description: 'Filters of the documents list; all optional and combined with AND.' })
export class DocumentFilter {
  @Field(() => [DocumentKind], { nullable: true })
  kind?: DocumentKind[] | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => ID, { nullable: true })
  pledgeId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  issuedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or the number and symbol.' })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  search?: string | null;
}
