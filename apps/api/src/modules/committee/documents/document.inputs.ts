import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../../common/fields.js';
import { DocumentKind } from '../enums.js';

@InputType({ description: 'A file sent with a document: PDF, JPEG, PNG or DOCX, at most 5 MB (checked by content).' })
export class DocumentFileInput {
  @TextField({ max: 200, min: 1, description: 'File name with its extension, e.g. "15-QD-UBND.pdf".' })
  name: string;

  @TextField({ max: 100, min: 1, description: 'Declared type; must match the content.' })
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

  @TextField({ max: 100, nullable: true, description: 'Number and symbol, e.g. "15/QĐ-UBND".' })
  numberSymbol?: string | null;

  @DateField({ description: 'Date of issue; not in the future.' })
  issuedOn: string;

  @TextField({ max: 300, min: 2 })
  issuer: string;

  @TextField({ max: 500, min: 2 })
  title: string;

  @TextField({ max: 5000, nullable: true })
  summary?: string | null;

  @OptionalId()
  modelId?: string | null;

  @OptionalId()
  committeeId?: string | null;

  @OptionalId()
  pledgeId?: string | null;

  @OptionalId('The person the document is about, in your scope: it joins their whole file.')
  returneeId?: string | null;

  @Field(() => DocumentFileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  file?: DocumentFileInput | null;
}

@InputType({ description: 'Filters of the documents list; all optional and combined with AND.' })
export class DocumentFilter {
  @Field(() => [DocumentKind], { nullable: true })
  kind?: DocumentKind[] | null;

  @OptionalId()
  modelId?: string | null;

  @OptionalId()
  committeeId?: string | null;

  @OptionalId()
  pledgeId?: string | null;

  @DateField({ nullable: true })
  issuedFrom?: string | null;

  @DateField({ nullable: true })
  issuedTo?: string | null;

  @TextField({ max: 200, nullable: true, description: 'Part of the title or the number and symbol.' })
  search?: string | null;
}
