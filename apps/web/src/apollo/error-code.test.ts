import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiErrorInfo, isUnauthenticated } from './error-code';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions }] });

describe('apiErrorInfo', () => {
  it('reads the code (and field) from the first GraphQL error', () => {
    expect(apiErrorInfo(graphQLError({ code: 'INVALID_CREDENTIALS' }))).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(apiErrorInfo(graphQLError({ code: 'BAD_USER_INPUT', field: 'asOf' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
    });
    expect(isUnauthenticated(graphQLError({ code: 'UNAUTHENTICATED' }))).toBe(true);
  });

  it('treats codes it does not know as UNKNOWN', () => {
    expect(apiErrorInfo(graphQLError({ code: 'SOMETHING_NEW' }))).toEqual({ code: 'UNKNOWN' });
    expect(apiErrorInfo(graphQLError({}))).toEqual({ code: 'UNKNOWN' });
  });

  it('finds GraphQL errors in the body of a non-2xx response', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('bad', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(apiErrorInfo(error)).toEqual({ code: 'UNAUTHENTICATED' });
    const html = new ServerError('bad', { response: new Response('<html>', { status: 502 }), bodyText: '<html>' });
    expect(apiErrorInfo(html)).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('calls an unreachable server a network problem', () => {
    expect(apiErrorInfo(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK' });
    expect(isUnauthenticated(undefined)).toBe(false);
  });
});

describe('apiErrorInfo for casework errors', () => {
  it('keeps the reason of a bad input and the current version of a conflict', () => {
    expect(
      apiErrorInfo(graphQLError({ code: 'BAD_USER_INPUT', field: 'input.contactedOn', reason: 'IN_FUTURE' })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contactedOn', reason: 'IN_FUTURE' });
    expect(apiErrorInfo(graphQLError({ code: 'CONFLICT', currentVersion: 4 }))).toEqual({
      code: 'CONFLICT',
      currentVersion: 4,
    });
  });
});
