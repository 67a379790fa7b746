// The W1 peer: PostGraphile 5 (amber preset) over the database measured, started by the bench
// harness with Node 22 from its package cache (this file is copied there so the packages resolve).
// It prints `postgraphile listening on <port>`, like the reference server.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

// Statements sent, answered to the harness's `sql-count` message (as src/bench/run/sql-counter.ts does).
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};
process.on('message', (message) => {
  if (message === 'sql-count') process.send?.({ sqlCount: statements });
});

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => console.log(`postgraphile listening on ${server.address().port}`));
await serv.addTo(server);
server.listen(0, '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pgl.release().then(() => process.exit(0));
});
