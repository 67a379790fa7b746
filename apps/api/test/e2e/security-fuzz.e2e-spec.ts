import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { documentArbitrary } from '../utils/graphql-arbitraries.js';

/*
 * SECURITY.md S21: property-based fuzzing. fast-check builds random documents from the real
 * schema (random fields, aliases, arguments as literals or variables) and random values (odd
 * Unicode, huge numbers, nulls, wrong types), sent anonymously and as a signed-in officer. Whatever
 * comes in, the answer is never a 5xx and no error carries a stack trace or a piece of SQL.
 */
const { server, client } = withDemoServer();
const officer = client('officer');
let schema: GraphQLSchema;

beforeAll(async () => {
  // The running server's own schema, read through introspection (allowed in development).
  const introspection = await officer.request<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as IntrospectionQuery);
});

/** Mutations that would end the fuzzing session itself are left out. */
const NOT_FUZZED = new Set(['logout']);

// ---- the property -------------------------------------------------------------------------

const LEAKS = [
  /QueryFailedError|EntityNotFound|TypeORMError/,
  /invalid input syntax|violates|duplicate key|relation "|column "|syntax error at or near|invalid byte sequence/i,
  /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+"?\w+"?\s+SET\b/,
  /\n\s+at |\.(ts|js):\d+:\d+|node_modules/,
];
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_TRANSITION',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_COSTLY',
  'BAD_REQUEST',
  'INTERNAL_SERVER_ERROR',
]);

const internalErrors: string[] = [];
/** How the documents ended (first error code, or DATA): shows the fuzzing gets past validation. */
const outcomes = new Map<string, number>();

async function send(cookie: string | undefined, doc: { query: string; variables: Record<string, unknown> }) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(doc),
  });
  const text = await res.text();
  const context = `${res.status} ${doc.query.slice(0, 300)} ${JSON.stringify(doc.variables).slice(0, 300)} -> ${text.slice(0, 500)}`;
  expect(res.status, context).toBeLessThan(500);
  const body = JSON.parse(text) as {
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
  const outcome = String(body.errors?.[0]?.extensions?.code ?? 'DATA');
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  for (const error of body.errors ?? []) {
    expect(KNOWN_CODES.has(String(error.extensions?.code)), context).toBe(true);
    expect(error.extensions?.stacktrace, context).toBeUndefined();
    for (const leak of LEAKS) expect(error.message, context).not.toMatch(leak);
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      expect(error.message).toBe('Lỗi hệ thống, vui lòng thử lại. / Internal server error.');
      internalErrors.push(
        `${error.path?.join('.') ?? 'request'} in ${doc.query.slice(0, 400)} ${JSON.stringify(doc.variables).slice(0, 200)}`,
      );
    }
  }
}

describe('random documents against the schema (S21)', () => {
  it('never answer 5xx or leak a stack trace or SQL, for an anonymous caller', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary(schema, NOT_FUZZED), (doc) => send(undefined, doc)),
      { numRuns: 1_500 },
    );
  });

  it('never answer 5xx or leak a stack trace or SQL, for a signed-in officer', { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary(schema, NOT_FUZZED), (doc) => send(officer.cookie, doc)),
      { numRuns: 3_000 },
    );
    console.info('S21 outcomes:', Object.fromEntries(outcomes));
    // Masked internal errors are safe but each is a bug to fix where it starts: list them.
    if (internalErrors.length > 0) console.info('S21 masked INTERNAL_SERVER_ERROR:', internalErrors);
  });
});
