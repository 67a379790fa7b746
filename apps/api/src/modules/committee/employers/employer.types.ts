import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A partner employer: its organisation row and its profile, read together. */
@ObjectType({ description: 'A partner employer (doanh nghiệp) with job offers and placements.' })
export class Employer {
  @Field(() => ID, { description: 'The organisation id.' }) id: string;
  @Field(() => String) name: string;
  unitId: string;
  @Field(() => String, { nullable: true }) contactPerson: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => Int, { nullable: true, description: 'Workers on labour contracts, as declared.' })
  staffCount: number | null;
  @Field(() => Int, {
    description: 'Returnees placed here whose labour contract placement is in force today (employment period open).',
  })
  returneesOnStaff: number;
}
