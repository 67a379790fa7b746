import type { Logger as TypeOrmLogger } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { type DemoSql, demoSql } from './demo-sql.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { type Credentials, GqlClient, type ServerOptions, startTestServer, type TestServer } from './test-server.js';

/** The demo accounts by the name tests call them (all with the demo password). */
export const DEMO_ACCOUNTS = {
  admin: 'admin@hoanhap.local',
  officer: 'congan.lamha@hoanhap.local',
  vandau: 'congan.vandau@hoanhap.local',
  committee: 'ubnd.lamha@hoanhap.local',
  helper: 'phunu.lamha@hoanhap.local',
  viewer: 'so.haiphong@hoanhap.local',
  auditor: 'kiemtra.haiphong@hoanhap.local',
} as const;
export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

export interface DemoServerOptions<Extra extends string> extends ServerOptions {
  /** Load the Lãm Hà demo data (default true); without it the database is only migrated. */
  demo?: boolean;
  /** Keep the demo's helper assignments, contacts, support and tasks (default true). */
  demoCasework?: boolean;
  /** Start the server (default true). */
  serve?: boolean;
  /** A TypeORM logger for the database, e.g. a StatementCounter. */
  sqlLogger?: TypeOrmLogger;
  /** More named accounts (or other emails for a demo name): an email, or an email and a password. */
  accounts?: Record<Extra, string | Credentials>;
  /** Named accounts to sign in before the first test (as well as those asked for at the top of the file). */
  logins?: Array<DemoAccount | NoInfer<Extra>>;
  /** The file's own data, written after the demo and before the server starts. */
  seed?: (fixture: DemoServer<Extra>) => Promise<void>;
}

export interface DemoServer<Extra extends string = never> extends DemoSql {
  /** The file's database (valid once the set-up ran). */
  readonly db: TestDatabase;
  /** The running server (valid once the set-up ran). */
  readonly server: TestServer;
  /**
   * The client signed in as a named account. Asked for at the top of a file, it signs in before
   * the first test; asked for later, on its first request.
   */
  client(name: DemoAccount | Extra | (string & {})): GqlClient;
  /** A record of signed-in clients, e.g. `clients('officer', 'vandau')`. */
  clients<N extends DemoAccount | Extra>(...names: N[]): Record<N, GqlClient>;
  /** A new client of the main server (or `on`), anonymous until it logs in. */
  anonymous(on?: TestServer): GqlClient;
  /** A new client signed in as `email` (a fresh session at each call). */
  signIn(email: string, password?: string, on?: TestServer): Promise<GqlClient>;
  /** Another server on the same database, started after the main one; registered at the top of a file. */
  alsoServe(options: ServerOptions): TestServer;
}

/**
 * The usual set-up of an end-to-end file, registered as `beforeAll`/`afterAll` hooks: a database
 * of its own cloned from the migrated template, the demo data, the real server on a port the
 * system picks, and signed-in clients. Call it once at the top level of a spec file.
 */
export function withDemoServer<Extra extends string = never>(
  options: DemoServerOptions<Extra> = {},
): DemoServer<Extra> {
  let db: TestDatabase | undefined;
  let main: TestServer | undefined;
  let ready = false;
  const extras: Array<{ options: ServerOptions; started?: TestServer }> = [];
  const named = new Map<string, GqlClient>();
  const accounts: Record<string, string | Credentials> = { ...DEMO_ACCOUNTS, ...options.accounts };

  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a hook or a test`);
    return value;
  };
  const handle = (get: () => TestServer): TestServer => ({
    get url() {
      return get().url;
    },
    close: () => get().close(),
  });
  const dbHandle: TestDatabase = {
    get dataSource() {
      return must(db, 'the database').dataSource;
    },
    get url() {
      return must(db, 'the database').url;
    },
    get name() {
      return must(db, 'the database').name;
    },
    drop: () => must(db, 'the database').drop(),
  };
  const serverHandle = handle(() => must(main, 'the server'));

  const client = (name: string): GqlClient => {
    let c = named.get(name);
    if (!c) {
      const account = accounts[name];
      if (!account) throw new Error(`no account called ${name}`);
      c = new GqlClient(() => serverHandle.url, typeof account === 'string' ? { email: account } : account);
      named.set(name, c);
    }
    return c;
  };

  const fixture: DemoServer<Extra> = {
    ...demoSql(() => dbHandle.dataSource),
    db: dbHandle,
    server: serverHandle,
    client,
    clients: (...names) => Object.fromEntries(names.map((n) => [n, client(n)])) as never,
    anonymous: (on = serverHandle) => new GqlClient(on.url),
    async signIn(email, password, on = serverHandle) {
      const c = new GqlClient(on.url);
      await c.login(email, password);
      return c;
    },
    alsoServe(serverOptions) {
      if (ready) throw new Error('alsoServe() belongs at the top of the file');
      const extra: (typeof extras)[number] = { options: serverOptions };
      extras.push(extra);
      return handle(() => must(extra.started, 'the server'));
    },
  };

  for (const name of options.logins ?? []) client(name);

  beforeAll(async () => {
    db = await createTestDatabase({ logger: options.sqlLogger });
    if (options.demo !== false) await loadDemoData(db.dataSource, createLogger('silent'));
    if (options.demoCasework === false) {
      // For files that build their own casework.
      await db.dataSource.query(
        'DELETE FROM contact; DELETE FROM support; DELETE FROM task; DELETE FROM helper_assignment',
      );
    }
    await options.seed?.(fixture);
    if (options.serve !== false) {
      main = await startTestServer(db.dataSource, options);
      for (const extra of extras) extra.started = await startTestServer(db.dataSource, extra.options);
      // Clients asked for at the top of the file sign in now, so tests see no login traffic.
      for (const c of named.values()) await c.signIn();
    }
    ready = true;
  });
  afterAll(async () => {
    await main?.close();
    for (const extra of extras) await extra.started?.close();
    await db?.drop();
  });
  return fixture;
}
