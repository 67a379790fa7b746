import { Field, ID, InputType } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../common/fields.js';

@InputType({ description: 'Marks a task done.' })
export class CompleteTaskInput {
  @Field(() => ID)
  taskId: string;

  @TextField({ max: 2000, nullable: true, description: 'What was done.' })
  note?: string | null;
}

@InputType({ description: 'A task written by hand (MANUAL) about a person.' })
export class CreateTaskInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({ max: 300, min: 2 })
  title: string;

  @DateField({ description: 'Today or later.' })
  dueOn: string;

  @OptionalId('Who does it: you by default; a helper only for a person assigned to them.')
  ownerId?: string | null;
}
