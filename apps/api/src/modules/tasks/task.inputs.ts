import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'Marks a task done.' })
export class CompleteTaskInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  @IsOptional()
  @MaxLength(2000, { message: 'TOO_LONG' })
  note?: string | null;
}

@InputType({ description: 'A task written by hand (MANUAL) about a person.' })
export class CreateTaskInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  title: string;

  @Field(() => LocalDate, { description: 'Today or later.' })
  dueOn: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who does it: you by default; a helper only for a person assigned to them.',
  })
  ownerId?: string | null;
}
