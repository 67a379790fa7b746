import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../common/pagination/index.js';
import { MAX_QUERY_COST, queryCost } from '../common/query-cost.js';
import { getSchema } from '../schema/build-schema.js';
import { graphqlLimits } from './graphql-limits.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const webSrc = path.resolve(here, '../../../web/src');
// The committed contract, for graphql-js's own checks; the cost reads the built schema, which
// alone carries each field's `complexity` (and comes from the other copy of graphql under vitest).
const contract = buildSchema(readFileSync(path.resolve(here, '../../schema.graphql'), 'utf8'));

/** Every operation and fragment the web app sends, from its .graphql files. */
function webDefinitions(): DefinitionNode[] {
  const files = readdirSync(webSrc, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.graphql'));
  return files.flatMap((f) => parse(readFileSync(path.join(webSrc, f), 'utf8')).definitions);
}

/**
 * A value for each variable: the largest page for `first`/`last` (the dearest the web can ask),
 * something of the right type for every other required variable (the cost does not depend on it).
 */
function largeVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(contract, definition.type) as GraphQLInputType | undefined;
    if (name === 'first' || name === 'last') values[name] = MAX_PAGE_SIZE;
    else if (type && isNonNullType(type)) values[name] = sample(type.ofType);
  }
  return values;
}

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  const scalar: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, LocalDate: '2024-01-01' };
  return scalar[type.name] ?? (type.name === 'DateTimeISO' ? '2024-01-01T00:00:00Z' : '1');
}

describe('the web app’s operations and the API’s limits', () => {
  let schema: GraphQLSchema;
  const definitions = webDefinitions();
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const documentOf = (operation: OperationDefinitionNode): DocumentNode => ({
    kind: Kind.DOCUMENT,
    definitions: [operation, ...fragments],
  });

  beforeAll(async () => {
    schema = await getSchema();
  });

  // A case file query that grows past a limit fails for every user at once: catch it here.
  it('each fits the depth, alias and directive limits', () => {
    expect(operations.length).toBeGreaterThan(20);
    const { validationRules } = graphqlLimits();
    for (const operation of operations) {
      // Unused fragments are graphql-js's concern, not the limits': keep only the limit rules.
      const errors = validate(contract, documentOf(operation), validationRules).map((e) => e.message);
      expect(errors, operation.name?.value).toEqual([]);
    }
  });

  it('each costs at most the limit with every page at its largest', () => {
    const costs = operations.map((operation) => {
      const cost = queryCost(schema, documentOf(operation), largeVariables(operation), operation.name?.value);
      return { name: operation.name?.value, ...cost };
    });
    const over = costs.filter((c) => c.points > MAX_QUERY_COST);
    expect(over).toEqual([]);
  });
});
