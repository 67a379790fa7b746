import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { EmploymentPeriodResolver, ReturneeEmploymentResolver } from '../modules/employment/employment.resolver.js';
import { ExpungementResolver } from '../modules/expungement/expungement.resolver.js';
import { ConvictionResolver, ReturneeJudgmentsResolver } from '../modules/judgments/judgments.resolver.js';
import {
  CaseTransferResolver,
  LifecycleResolver,
  ReturneeLifecycleResolver,
} from '../modules/lifecycle/lifecycle.resolver.js';
import { ReturneeResolver } from '../modules/returnees/returnee.resolver.js';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver.js';
import { UnitResolver } from '../modules/units/units.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  ExpungementResolver,
  ConvictionResolver,
  ReturneeJudgmentsResolver,
  EmploymentPeriodResolver,
  ReturneeEmploymentResolver,
  ReturneeResolver,
  LifecycleResolver,
  ReturneeLifecycleResolver,
  CaseTransferResolver,
  StatisticsResolver,
  UnitResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
  return built;
}
