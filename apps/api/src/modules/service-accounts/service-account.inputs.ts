import { Role } from '@hoanhap/shared';
import { ArrayMaxSize, ArrayMinSize, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'A new key for another department’s integration.' })
export class CreateServiceAccountInput {
  @Field(() => String, { description: 'e.g. "Sở LĐ-TB&XH Hải Phòng – báo cáo".' })
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name: string;

  @Field(() => Role, { description: 'VIEWER or AUDITOR.' })
  role: Role;

  @Field(() => String, { description: 'The unit whose people the key may read (with everything below it).' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  unitCode: string;

  @Field(() => [String], { description: 'Root field names the key may call, e.g. ["reintegrationStats"].' })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(100, { message: 'TOO_MANY' })
  @Matches(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, { each: true, message: 'UNKNOWN_OPERATION' })
  allowedOperations: string[];

  @Field(() => LocalDate, { description: 'The key stops working on this date; after today, at most 2 years ahead.' })
  expiresOn: string;
}

@InputType()
export class RevokeServiceAccountInput {
  @Field(() => ID)
  id: string;
}
