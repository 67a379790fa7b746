import type { Server } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createLogger, type Logger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  isProduction?: boolean;
  webDist?: string;
  /** Where the server logs (silent by default). */
  log?: Logger;
}

/** The real Express + Apollo app on a random localhost port. */
export async function startTestServer(dataSource: DataSource, options: ServerOptions = {}): Promise<TestServer> {
  const httpServer: Server = createHttpServer();
  const app = await createServer({
    config: {
      isProduction: options.isProduction ?? false,
      sessionSecret: 'test-secret-test-secret-test-secret!',
      webDist: options.webDist ?? '/nonexistent',
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

/** A GraphQL client that keeps its session cookie between calls, like a browser. */
export class GqlClient {
  cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
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

  async login(email: string, password = 'hoanhap-demo-2024') {
    const res = await this.request(
      `mutation ($input: LoginInput!) { login(input: $input) { user { id email role unit { code } } } }`,
      { input: { email, password } },
    );
    if (res.errors) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res;
  }
}

export const errorCode = (res: Pick<GqlResponse<unknown>, 'errors'>) => res.errors?.[0]?.extensions?.code;
