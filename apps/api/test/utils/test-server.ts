import type { Server } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { WebhookSettings } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { type GqlDoc, gqlDoc } from './gql-doc.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  isProduction?: boolean;
  webDist?: string;
  /** Where the server logs (silent by default). */
  log?: Logger;
  /** Turns `/metrics` on, with this token. */
  metricsToken?: string;
  /** This server's deployment code and key secret (hand-over between deployments). */
  deployment?: { code?: string; keySecret?: string };
  /** How this server sends webhooks (defaults: no http:// endpoints). */
  webhooks?: WebhookSettings;
}

/** The session secret of every test server (cookies it signs verify in contexts built with it). */
export const TEST_SESSION_SECRET = 'test-secret-test-secret-test-secret!';

/** The real Express + Apollo app on a random localhost port. */
export async function startTestServer(dataSource: DataSource, options: ServerOptions = {}): Promise<TestServer> {
  const httpServer: Server = createHttpServer();
  const app = await createServer({
    config: {
      isProduction: options.isProduction ?? false,
      sessionSecret: TEST_SESSION_SECRET,
      webDist: options.webDist ?? '/nonexistent',
      metricsToken: options.metricsToken,
      deployment: options.deployment,
      webhooks: options.webhooks,
    },
    dataSource,
    log: options.log ?? createLogger('silent'),
    httpServer,
  });
  httpServer.on('request', app.app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.stop();
    },
  };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  setCookie: string[];
}

/** The demo password of every demo account. */
export const DEMO_PASSWORD = 'hoanhap-demo-2024';

const LOGIN = gqlDoc<
  { login: { user: { id: string; email: string; role: string; unit: { code: string } } } },
  { input: { email: string; password: string } }
>(`mutation ($input: LoginInput!) { login(input: $input) { user { id email role unit { code } } } }`);

/** Who a client signs in as, when it signs itself in on its first request. */
export interface Credentials {
  email: string;
  password?: string;
}

/**
 * A GraphQL client that keeps its session cookie between calls, like a browser. Given credentials,
 * it signs in before its first request (unless signed in already); given a function for its base
 * URL, it reads the URL at each call, so it can be made before the server starts.
 */
export class GqlClient {
  cookie: string | undefined;
  private signedIn = false;

  constructor(
    private readonly baseUrl: string | (() => string),
    private readonly credentials?: Credentials,
  ) {}

  get url(): string {
    return typeof this.baseUrl === 'string' ? this.baseUrl : this.baseUrl();
  }

  request<TData, TVariables>(document: GqlDoc<TData, TVariables>, variables?: TVariables): Promise<GqlResponse<TData>>;
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  async request(query: string, variables?: unknown): Promise<GqlResponse<unknown>> {
    if (this.credentials && !this.signedIn) await this.signIn();
    return this.send(query, variables);
  }

  /** Signs in with the client's own credentials (once). */
  async signIn(): Promise<void> {
    if (this.signedIn || !this.credentials) return;
    await this.login(this.credentials.email, this.credentials.password);
  }

  async login(email: string, password = DEMO_PASSWORD) {
    const res = await this.send(LOGIN, { input: { email, password } });
    if (res.errors) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    this.signedIn = true;
    return res;
  }

  private async send<T>(query: string, variables?: unknown): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const pair = c.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await res.json()) as Omit<GqlResponse<T>, 'status' | 'setCookie'>;
    return { status: res.status, ...body, setCookie };
  }
}

export const errorCode = (res: Pick<GqlResponse<unknown>, 'errors'>) => res.errors?.[0]?.extensions?.code;

/** An HTTP answer as sent: status, raw text, and the body when it is JSON. */
export interface RawResponse {
  status: number;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

/** POSTs `body` as it is to a server's /graphql, for what GqlClient would not send. */
export async function postGraphql(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let parsed: RawResponse['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, text, body: parsed };
}
