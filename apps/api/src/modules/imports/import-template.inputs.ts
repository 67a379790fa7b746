import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IMPORT_FIELDS } from '@hoanhap/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TextField } from '../../common/fields.js';

@InputType({ description: 'One column of a template: its header and the field it fills (null: not imported).' })
export class ImportTemplateColumnInput {
  @Field(() => String)
  @MaxLength(200, { message: 'TOO_LONG' })
  header: string;

  @Field(() => String, { nullable: true, description: `One of: ${IMPORT_FIELDS.join(', ')}.` })
  @IsOptional()
  @IsIn(IMPORT_FIELDS as unknown as string[], { message: 'NOT_ALLOWED' })
  field?: string | null;
}

@InputType({ description: 'Saves the column mapping of a kind of sheet for a unit, under a name.' })
export class SaveImportTemplateInput {
  @TextField({
    max: 100,
    notBlank: true,
    description: 'The unit the template is for (it serves the units below it too).',
  })
  unitCode: string;

  @TextField({ max: 80, notBlank: true, description: 'Unique in the unit, ignoring case and accents.' })
  name: string;

  @Field(() => Int, { description: 'The header row (sheet row number, 1–1000).' })
  @Min(1, { message: 'OUT_OF_RANGE' })
  @Max(1000, { message: 'OUT_OF_RANGE' })
  headerRow: number;

  @Field(() => [ImportTemplateColumnInput])
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(200, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  columns: ImportTemplateColumnInput[];
}

@InputType({ description: 'Deletes a column template, from the version you read.' })
export class DeleteImportTemplateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}
