import { type GraphQLSchema, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../schema/build-schema.js';
import { queryCost } from './query-cost.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

const records = (query: string, variables?: Record<string, unknown>) =>
  queryCost(schema, parse(query), variables).records;

describe('what a document costs (docs/api.md, "Query cost")', () => {
  it('counts one record per object and nothing for scalars, enums and introspection', () => {
    expect(records('{ me { id email role } }')).toBe(1);
    expect(records('{ me { id unit { code name } } }')).toBe(2);
    expect(records('{ __typename __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('multiplies one row of a page by `first`, literal or variable, and by 20 when absent', () => {
    const page = 'query ($first: Int) { returnees(first: $first) { edges { node { id unit { code } } } } }';
    expect(records(page, { first: 100 })).toBe(1 + 100 * 2);
    expect(records('{ returnees(first: 100) { edges { node { id unit { code } } } } }')).toBe(1 + 100 * 2);
    expect(records(page, {})).toBe(1 + 20 * 2);
  });

  it('adds nothing for edges, cursors, pageInfo and totalCount', () => {
    expect(
      records(
        '{ returnees(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
      ),
    ).toBe(1 + 10 * 1);
  });

  it('counts an unpaged list at 10 elements, and a list that declares a shorter length at that', () => {
    expect(records('{ me { id } units { id } }')).toBe(1 + (1 + 10 * 1));
    expect(records('{ reintegrationModels { id committees { id } } }')).toBe(1 + 10 * (1 + (1 + 3 * 1)));
  });

  it('counts a paged plain list with its own default page (a file’s access history: 50)', () => {
    const history = (first: string) => `{ returnee(id: "1") { accessHistory${first} { id } } }`;
    expect(records(history(''))).toBe(1 + (1 + 50 * 1));
    expect(records(history('(first: 200)'))).toBe(1 + (1 + 200 * 1));
  });

  it('counts every alias of a field, and rounds records up to points, at least 1', () => {
    const aliased =
      '{ a: returnees(first: 100) { edges { node { id } } } b: returnees(first: 100) { edges { node { id } } } }';
    expect(queryCost(schema, parse(aliased), {})).toEqual({ records: 202, points: 3 });
    expect(queryCost(schema, parse('{ __typename }'), {})).toEqual({ records: 0, points: 1 });
  });
});
