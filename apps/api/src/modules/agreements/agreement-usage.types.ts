import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One root field’s use under an agreement in a month.' })
export class OperationUsage {
  @Field(() => String)
  operation: string;

  @Field(() => Int, { description: 'Requests answered.' })
  calls: number;

  @Field(() => Int, {
    description: 'Requests refused (key or agreement not in force, operation not allowed, budget spent).',
  })
  refusals: number;
}

@ObjectType({ description: 'What the keys of an agreement did in a month (Việt Nam time).' })
export class AgreementUsage {
  @Field(() => String)
  agreementId: string;

  @Field(() => String, { description: 'yyyy-MM.' })
  month: string;

  @Field(() => [OperationUsage], { description: 'By root field, most called first.' })
  operations: OperationUsage[];

  @Field(() => Int)
  calls: number;

  @Field(() => Int)
  refusals: number;

  @Field(() => Int, { description: 'Distinct people whose records the keys read.' })
  peopleTouched: number;
}
