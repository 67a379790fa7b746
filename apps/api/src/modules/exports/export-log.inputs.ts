import { ArrayMaxSize, ArrayUnique, IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

/** The lists the web app exports to spreadsheets. */
export enum ExportList {
  RETURNEES = 'RETURNEES',
  AUDIT_LOG = 'AUDIT_LOG',
  TASKS = 'TASKS',
  EMPLOYERS = 'EMPLOYERS',
  USERS = 'USERS',
  PLEDGES = 'PLEDGES',
}
registerEnumType(ExportList, { name: 'ExportList', description: 'A list exported to a spreadsheet.' });

@InputType({ description: 'An export about to be written: which list, with which filters, which people.' })
export class RecordExportInput {
  @Field(() => ExportList)
  list: ExportList;

  @Field(() => [String], {
    nullable: true,
    description: 'Names of the filters in force (e.g. "q", "status"), never their values.',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'TOO_MANY' })
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,39}$/, { each: true, message: 'INVALID_NAME' })
  filterKeys?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The people of a selection export (at most 100); each gets a row in their access history.',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'TOO_MANY' })
  @ArrayUnique({ message: 'DUPLICATE' })
  returneeIds?: string[] | null;
}
