import { Field, ObjectType } from 'type-graphql';

@ObjectType('FamilyContact', { description: 'A family member or other contact person.' })
export class FamilyContactType {
  @Field(() => String) name: string;
  @Field(() => String) relation: string;
  @Field(() => String, { nullable: true }) phone: string | null;
}
