import { startEmbeddedPostgres } from '../../src/database/embedded.js';
import { createLogger } from '../../src/logger.js';

/**
 * Starts an embedded server and idles, like a running API: a test can kill it with SIGKILL (the
 * server is left behind) or stop it with SIGTERM (the server stops with it).
 */
const [dataDir, port] = process.argv.slice(2);
const pg = await startEmbeddedPostgres({
  dataDir: String(dataDir),
  port: Number(port),
  database: 'hoanhap',
  log: createLogger('silent'),
});
process.on('SIGTERM', () => void pg.stop().then(() => process.exit(0)));
process.stdout.write(`ready ${pg.url}\n`);
setInterval(() => undefined, 1 << 30);
