import { ExportFormat, ExportList } from '@hoanhap/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A list to export to a spreadsheet on the server, with the list’s filters.' })
export class StartExportInput {
  @Field(() => ExportList)
  list: ExportList;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The list’s own filter input, as the list query takes it: ReturneeFilter for RETURNEES, AuditFilter for AUDIT_LOG, ' +
      'PledgeFilter for PLEDGES; for TASKS `{ view: MINE | OVERDUE | UNIT, unitCode }` (the tab); none for EMPLOYERS and USERS. ' +
      'Checked like the list’s own arguments; a field the list does not take is refused.',
  })
  filter?: Record<string, unknown> | null;

  @Field(() => ExportFormat, {
    nullable: true,
    description:
      'XLSX (default) or CSV: UTF-8 with a byte-order mark, dates dd/MM/yyyy, formula-like text neutralised.',
  })
  format?: ExportFormat | null;
}
