import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../config.js';
import { runBench } from './harness.js';
import { node22 } from './node22.js';
import { describeMachine, latestSection, table, writeLatest } from './report.js';

/**
 * `pnpm bench [--duration 30] [--warmup 10] [--rounds 3] [--quick] [--only W1,W3] [--node22]`
 * against the database in DATABASE_URL (filled by `pnpm bench:seed`): prints the table and
 * writes it to docs/bench.md ("Latest run").
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
  },
});

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: point it at the database `pnpm bench:seed` filled.');
  process.exit(2);
}
const quick = values.quick;
const options = {
  databaseUrl,
  duration: quick ? 2 : Number(values.duration),
  warmup: quick ? 1 : Number(values.warmup),
  rounds: quick ? 1 : Number(values.rounds),
  connections: Number(values.connections),
  only: values.only ? values.only.split(',').map((s) => s.trim()) : [],
  productNode: values.node22 ? node22() : process.execPath,
  peer: !values['no-peer'],
  webDist: path.join(REPO_ROOT, 'apps/web/dist'),
  log: (line: string) => console.log(line),
};
const run = await runBench(options);
const machine = await describeMachine(databaseUrl, options.productNode);
console.log(['', ...table(run), '', `PostGraphile 5 (W1 peer): ${run.peer}`, ...machine].join('\n'));
if (!values['no-write']) writeLatest(latestSection(run, options, machine));
