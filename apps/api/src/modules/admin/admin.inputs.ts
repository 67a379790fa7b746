import { Role } from '@hoanhap/shared';
import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
// Registers the Role enum with GraphQL before these inputs refer to it.
import '../auth/user.entity.js';

@InputType({ description: 'A new user account (admin).' })
export class CreateUserInput {
  @Field(() => String)
  @MaxLength(254, { message: 'TOO_LONG' })
  @Matches(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, { message: 'INVALID_EMAIL' })
  email: string;

  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { description: 'A unit in your scope.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  unitCode: string;

  @Field(() => ID, { nullable: true, description: 'Required for helpers: their mass organisation.' })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => String, { description: 'At least 12 characters.' })
  @MinLength(12, { message: 'TOO_SHORT' })
  @MaxLength(1024, { message: 'TOO_LONG' })
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

  @Field(() => String, { description: 'At least 12 characters.' })
  @MinLength(12, { message: 'TOO_SHORT' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  currentPassword: string;

  @Field(() => String, { description: 'At least 12 characters, different from the current one.' })
  @MinLength(12, { message: 'TOO_SHORT' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  newPassword: string;
}
