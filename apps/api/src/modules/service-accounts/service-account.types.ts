import { Field, ObjectType } from 'type-graphql';
import { ServiceAccount } from './service-account.entity.js';

@ObjectType({ description: 'The new account and its key. The key is shown here only: store it now.' })
export class CreateServiceAccountResult {
  @Field(() => ServiceAccount)
  serviceAccount: ServiceAccount;

  @Field(() => String, { description: '`hn_` and 43 characters; send as `Authorization: Bearer <key>`.' })
  key: string;
}
