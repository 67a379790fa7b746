import { request } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

export interface ApiSession {
  /** Runs one GraphQL operation as the signed-in account; an error in the answer fails the test. */
  call: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  close: () => Promise<void>;
}

/**
 * A signed-in GraphQL session of its own (own cookie jar, no browser), for a test to make the
 * event a page should then show: another person's action, set up without driving their screens.
 */
export async function apiSession(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const context = await request.newContext({ baseURL: baseUrl });
  const call = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await context.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`${query.trim().slice(0, 80)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await call('mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', {
    input: { email, password },
  });
  return { call, close: () => context.dispose() };
}
