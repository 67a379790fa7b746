import { Role } from '@hoanhap/shared';
import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateField, TextField } from '../../common/fields.js';

@InputType({ description: 'A new key for another department’s integration.' })
export class CreateServiceAccountInput {
  @TextField({ max: 200, min: 2, description: 'e.g. "Sở LĐ-TB&XH Hải Phòng – báo cáo".' })
  name: string;

  @Field(() => Role, { description: 'VIEWER or AUDITOR.' })
  role: Role;

  @TextField({ max: 100, min: 1, description: 'The unit whose people the key may read (with everything below it).' })
  unitCode: string;

  @Field(() => [String], { description: 'Root field names the key may call, e.g. ["reintegrationStats"].' })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(100, { message: 'TOO_MANY' })
  @Matches(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, { each: true, message: 'UNKNOWN_OPERATION' })
  allowedOperations: string[];

  @Field(() => ID, { description: 'The data-sharing agreement the key works under; it cannot exceed it.' })
  agreementId: string;

  @DateField({ description: 'The key stops working on this date; after today, at most 2 years ahead.' })
  expiresOn: string;
}

@InputType()
export class RevokeServiceAccountInput {
  @Field(() => ID)
  id: string;
}
