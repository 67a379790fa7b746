import { EmploymentPart } from '@hoanhap/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(EmploymentPart, { name: 'EmploymentPart', description: 'A part of an employment breakdown.' });

@ObjectType({
  description:
    'People by employment status, as a reader may see them: for a reader above the ward, a count of 1 or 2, and the ' +
    'cells hidden with it so it cannot be worked out from the totals, are null and named in `suppressed` ("<3" on paper; ' +
    'docs/security.md). A ward reading its own figures sees every number.',
})
export class ReportedBreakdown {
  @Field(() => Int, { nullable: true }) total: number | null;
  @Field(() => Int, { nullable: true }) stable: number | null;
  @Field(() => Int, { nullable: true }) unstable: number | null;
  @Field(() => Int, { nullable: true }) unemployed: number | null;
  @Field(() => Int, { nullable: true }) other: number | null;
  @Field(() => [EmploymentPart], { description: 'The parts hidden (null above), empty when every number shows.' })
  suppressed: EmploymentPart[];
}
