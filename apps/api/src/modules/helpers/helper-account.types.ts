import { Field, ID, ObjectType } from 'type-graphql';

/** A helper's sign-in account, as offered when assigning a helper: no email, no role, nothing more. */
@ObjectType({ description: 'A helper’s sign-in account that may be linked to an assignment.' })
export class HelperAccount {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Their organisation: an assignment linking this account must name the same one.',
  })
  organisationId: string | null;
}
