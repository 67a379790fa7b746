import { Role } from '@hoanhap/shared';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OptionalId, TextField } from '../../common/fields.js';
// Registers the Role enum with GraphQL before these inputs refer to it.
import '../auth/user.entity.js';

@InputType({ description: 'A new user account (admin).' })
export class CreateUserInput {
  @Field(() => String)
  @MaxLength(254, { message: 'TOO_LONG' })
  @Matches(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, { message: 'INVALID_EMAIL' })
  email: string;

  @TextField({ max: 200, min: 2 })
  displayName: string;

  @Field(() => Role)
  role: Role;

  @TextField({ max: 100, min: 1, description: 'A unit in your scope.' })
  unitCode: string;

  @OptionalId('Required for helpers: their mass organisation.')
  @IsOptional()
  organisationId?: string | null;

  @TextField({ max: 1024, min: 12, tooShort: true, description: 'At least 12 characters.' })
  password: string;
}

@InputType()
export class DisableUserInput {
  @Field(() => ID)
  userId: string;
}

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID)
  userId: string;

  @TextField({ max: 1024, min: 12, tooShort: true, description: 'At least 12 characters.' })
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @TextField({ max: 1024, min: 1 })
  currentPassword: string;

  @TextField({
    max: 1024,
    min: 12,
    tooShort: true,
    description: 'At least 12 characters, different from the current one.',
  })
  newPassword: string;
}
