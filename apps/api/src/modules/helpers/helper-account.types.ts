import { Field, ID, ObjectType } from 'type-graphql';
import { OptionalId } from '../../common/fields.js';

/** A helper's sign-in account, as offered when assigning a helper: no email, no role, nothing more. */
@ObjectType({ description: 'A helper’s sign-in account that may be linked to an assignment.' })
export class HelperAccount {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @OptionalId('Their organisation: an assignment linking this account must name the same one.')
  organisationId: string | null;
}
