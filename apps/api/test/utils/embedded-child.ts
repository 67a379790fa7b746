import { startEmbeddedPostgres } from '../../src/database/embedded.js';
import { createLogger } from '../../src/logger.js';

/** Starts an embedded server and idles, so a test can kill this process with SIGKILL. */
const [dataDir, port] = process.argv.slice(2);
const pg = await startEmbeddedPostgres({
  dataDir: String(dataDir),
  port: Number(port),
  database: 'hoanhap',
  log: createLogger('silent'),
});
process.stdout.write(`ready ${pg.url}\n`);
setInterval(() => undefined, 1 << 30);
