import type { DocumentNode, GraphQLField, GraphQLOutputType, GraphQLSchema } from 'graphql';
import {
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination/page-size.js';

/*
 * What a GraphQL document costs, before it runs. docs/api.md states these rules to clients.
 *
 * The estimate counts the records (objects) a document can return, at most:
 * - a scalar or enum field (or a list of them) is free: it comes with its record;
 * - a field returning one object costs 1 plus its selection;
 * - a paged field (`first`/`last` argument) returns as many rows as asked, literal or variable
 *   (the list's default page when not given): 1 plus that many times one row's selection; a
 *   connection's `edges` and `pageInfo` add nothing of their own, each `node` is a record;
 * - any other list of objects is counted at EXPECTED_LIST_LENGTH elements, or the shorter length
 *   its field declares;
 * - introspection (`__schema`, `__type` and their selections) is free: bounded by the schema.
 * The cost in points is the records divided by 100, rounded up, at least 1 (GitHub's scale: one
 * point per hundred records), so a page of 100 people with a few nested objects costs a few points.
 */

/** Elements counted for a list that has no page size (a person's helpers, contacts, …). */
export const EXPECTED_LIST_LENGTH = 10;

/** Records per point. */
export const RECORDS_PER_POINT = 100;

/** What a document may cost: 5,000 records. Two nested pages of 100 (10,000 records) are refused. */
export const MAX_QUERY_COST = 50;

/**
 * Fields the estimate visits at most, fragments expanded (graphql-query-complexity's default,
 * said here): past it the document is refused as too costly, never let through unestimated.
 */
export const MAX_QUERY_NODES = 10_000;

/** A document's estimate: records and the points they cost. */
export interface QueryCost {
  records: number;
  points: number;
}

export function pointsFor(records: number): number {
  return Math.max(1, Math.ceil(records / RECORDS_PER_POINT));
}

/** The rows a paged field returns: `first` (or `last`) as asked, else its default page. */
function rowsAsked(args: Record<string, unknown>, defaultSize: number): number {
  const asked = args.first ?? args.last;
  return typeof asked === 'number' && Number.isFinite(asked) ? Math.max(0, asked) : defaultSize;
}

function isPaged(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

/**
 * The cost of a paged list whose default page is not the common one, for its `complexity`
 * option: `@FieldResolver(() => [AuditEvent], { complexity: pagedListCost(50) })`.
 */
export function pagedListCost(defaultSize: number) {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
    1 + rowsAsked(args, defaultSize) * (1 + childComplexity);
}

/**
 * The cost of an unpaged list known to be shorter than EXPECTED_LIST_LENGTH, for its `complexity`
 * option: `@FieldResolver(() => [SteeringCommittee], { complexity: listCost(3) })`.
 */
export function listCost(expectedLength: number) {
  return ({ childComplexity }: ComplexityEstimatorArgs): number => 1 + expectedLength * (1 + childComplexity);
}

/** For a connection's `edges`: one row is its `node`, counted there. */
export const rowsCountedByNode = ({ childComplexity }: ComplexityEstimatorArgs): number => childComplexity;

/** For fields that describe a page rather than read records (`pageInfo`). */
export const free = (): number => 0;

/*
 * Type shapes read by duck typing: under the test runner graphql's ESM and CommonJS builds can both
 * be loaded, and graphql's own type guards throw on a type from the other copy.
 */
const isListOf = (type: GraphQLOutputType): boolean => String(type).replace(/!$/, '').startsWith('[');

function isLeaf(type: GraphQLOutputType): boolean {
  let named: object = type;
  while ('ofType' in named && named.ofType) named = named.ofType as object;
  return !('getFields' in named) && !('getTypes' in named);
}

/** The rules above for every field that does not declare its own `complexity`. */
const recordsEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  if (isLeaf(field.type)) return 0;
  const list = isListOf(field.type);
  if (isPaged(field)) {
    const rows = rowsAsked(args, DEFAULT_PAGE_SIZE);
    // A plain list counts each element as a record; a connection's rows are its `node`s.
    return 1 + rows * (list ? 1 + childComplexity : childComplexity);
  }
  if (list) return 1 + EXPECTED_LIST_LENGTH * (1 + childComplexity);
  return 1 + childComplexity;
};

/** Fields' own `complexity` (type-graphql's option) first, then the rules for everything else. */
const ESTIMATORS = [fieldExtensionsEstimator(), recordsEstimator];

/** graphql-query-complexity's error once MAX_QUERY_NODES fields were visited. */
export function isOverNodeLimit(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query exceeds the maximum allowed number of nodes.';
}

/**
 * The cost of the operation a request runs, with its variables. Throws the GraphQL error of a
 * variable that cannot be coerced (execution would refuse it the same way, before any resolver),
 * or one that `isOverNodeLimit` recognises.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): QueryCost {
  const records = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: ESTIMATORS,
    maxQueryNodes: MAX_QUERY_NODES,
  });
  return { records, points: pointsFor(records) };
}
