import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../src/context.js';
import { type ContextFactory, contextFactory, systemContext } from '../../src/create-context.js';
import { createLogger } from '../../src/logger.js';
import { TEST_SESSION_SECRET } from './test-server.js';

const log = createLogger('silent');

/** The context the product's own work runs with (no actor), for calling services directly. */
export function testSystemContext(dataSource: DataSource): RequestContext {
  return systemContext({ dataSource, log });
}

/** The HTTP context factory server.ts builds, with the test server's cookie settings. */
export function testContextFactory(dataSource: DataSource): ContextFactory {
  return contextFactory({
    dataSource,
    log,
    cookies: { secure: false, secret: TEST_SESSION_SECRET },
  });
}
