import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../../config.js';
import type { BenchOptions, BenchRun, WorkloadResult } from './harness.js';
import { IMPORT_ROWS, IMPORT_TARGET_SECONDS } from './import-timing.js';
import { SPA_TARGETS_MS, type SpaTimings } from './spa.js';

export const BENCH_DOC = path.join(REPO_ROOT, 'docs/bench.md');
const LATEST = '## Latest run';

/** Where the figures were taken: they are ratios of one run, the rest is context. */
export async function describeMachine(databaseUrl: string, productNode: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const version = (await db.query('SHOW server_version')).rows[0].server_version as string;
    const size = (
      await db.query(`SELECT (SELECT count(*) FROM returnee)::int AS returnees,
        (SELECT count(*) FROM administrative_unit)::int AS units,
        pg_size_pretty(pg_database_size(current_database())) AS bytes`)
    ).rows[0];
    const cpus = os.cpus();
    return [
      `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
      `- Node ${process.version} (load generator, reference); product on ${execFileSync(productNode, ['--version'], { encoding: 'utf8' }).trim()}`,
      `- PostgreSQL ${version}; data: ${size.returnees} returnees, ${size.units} units, ${size.bytes}`,
    ];
  } finally {
    await db.end();
  }
}

const n = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** One table row per workload: product, reference and their ratio; W5's normal p99 against W1's. */
export function table(run: BenchRun): string[] {
  const w1 = run.results.find((r) => r.workload.id === 'W1');
  const rows = run.results.map((r: WorkloadResult) => {
    const p = r.product;
    const ratio = r.raw ? n(p.reqPerSec / r.raw.reqPerSec, 2) : '—';
    const refused = r.refusals?.map((x) => `${x.status}/${x.statements} SQL`).join(', ');
    const note = [
      r.workload.abusive && w1 ? `normal p99 ${n((p.p99 / w1.product.p99) * 100 - 100)}% vs W1` : '',
      refused ? `abusive answered (status/SQL) ${refused}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const failures = r.workload.abusive ? '' : p.failures ? `${p.failures} failed answers` : '';
    return `| ${r.workload.id} | ${r.workload.label} | ${n(p.reqPerSec)} | ${n(p.p50)} / ${n(p.p99)} | ${n(p.sqlPerRequest, 1)} | ${r.raw ? n(r.raw.reqPerSec) : '—'} | ${r.raw ? `${n(r.raw.p50)} / ${n(r.raw.p99)}` : '—'} | ${r.raw ? n(r.raw.sqlPerRequest, 1) : '—'} | ${ratio} | ${[note, failures].filter(Boolean).join('; ')} |`;
  });
  const peer = run.results.find((r) => r.peer);
  if (peer?.peer && peer.raw) {
    const p = peer.peer;
    const raw = peer.raw;
    rows.push(
      `| W1 peer | PostGraphile 5 on Node 22, the same page in its schema | ${n(p.reqPerSec)} | ${n(p.p50)} / ${n(p.p99)} | ${n(p.sqlPerRequest, 1)} | ${n(raw.reqPerSec)} | ${n(raw.p50)} / ${n(raw.p99)} | ${n(raw.sqlPerRequest, 1)} | ${n(p.reqPerSec / raw.reqPerSec, 2)} | product ÷ PostGraphile ${n(peer.product.reqPerSec / p.reqPerSec, 2)} |`,
    );
  }
  return [
    '| ID | Workload | Product req/s | p50 / p99 ms | SQL/req | Raw req/s | Raw p50 / p99 ms | Raw SQL/req | × raw | Notes |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

/** The SPA's timings beside their targets, or why they were not taken. */
export function spaLines(run: BenchRun): string[] {
  if (typeof run.spa === 'string') return [`SPA in Chromium: ${run.spa}.`];
  const spa = run.spa;
  const row = (label: string, key: keyof SpaTimings) =>
    `| ${label} | ${n(spa[key])} | ≤ ${SPA_TARGETS_MS[key]} | ${spa[key] <= SPA_TARGETS_MS[key] ? 'met' : 'missed'} |`;
  return [
    '| SPA in Chromium (median of 5, ms) | Measured | Target | |',
    '|---|---|---|---|',
    row('Menu click → first page of the ward’s list shown', 'list'),
    row('Search sent (after the 350 ms debounce) → matches shown', 'search'),
    row('Click on a person → their file shown', 'caseFile'),
    row('City viewer: menu click → the city’s figures shown', 'cityDashboard'),
  ];
}

/** The import's timing, a line. */
export function importLine(run: BenchRun): string {
  const t = run.importTiming;
  if (typeof t === 'string') return `Import of ${IMPORT_ROWS.toLocaleString('en')} rows: ${t}.`;
  const verdict = t.seconds <= IMPORT_TARGET_SECONDS ? 'met' : 'missed';
  return (
    `Import of ${t.rows.toLocaleString('en')} rows (\`POST /imports\`, a dry run: every row read, checked, matched, ` +
    `written and rolled back): ${t.seconds.toFixed(1)} s, ${(t.rows / t.seconds).toFixed(0)} rows/s ` +
    `(target ≤ ${IMPORT_TARGET_SECONDS} s: ${verdict}); ${t.counts}.`
  );
}

/** The notification rules' timing, a line. */
export function rulesLine(run: BenchRun): string {
  const t = run.rulesTiming;
  if (typeof t === 'string') return `Hourly notification rules: ${t}.`;
  return (
    `Hourly notification rules over ${t.openTasks.toLocaleString('en')} open tasks (rolled back): the day's first run ` +
    `${t.seconds.toFixed(1)} s writing ${t.written.toLocaleString('en')} notifications, the next hour's ` +
    `${t.againSeconds.toFixed(1)} s.`
  );
}

/** The "Latest run" section: table, method and machine. */
export function latestSection(run: BenchRun, options: BenchOptions, machine: string[]): string {
  return [
    LATEST,
    '',
    `${new Date().toISOString()}: \`pnpm bench --duration ${options.duration} --warmup ${options.warmup} --rounds ${options.rounds}\`,`,
    `closed loop with ${options.connections} connections, medians of ${options.rounds} alternating rounds (product, raw, ...).`,
    'Raw: node:http + pg answering the same JSON (checked before measuring). SQL/req: statements the',
    "server process sent (node-postgres queries, BEGIN/COMMIT included) divided by answers. W3's figures",
    'are latencies; W5 times only its normal requests.',
    '',
    ...table(run),
    '',
    ...spaLines(run),
    '',
    importLine(run),
    '',
    rulesLine(run),
    '',
    `PostGraphile 5 (W1 peer): ${run.peer}. Its page: the same people in the same order and total`,
    '(checked), with unit, all tasks counted and the latest employment and classification (its',
    'conditions are equalities on indexed columns, so not "open" tasks nor the period covering today).',
    '',
    ...machine,
    '',
  ].join('\n');
}

/**
 * Replaces the "Latest run" section of docs/bench.md and keeps every other section (the seeding
 * command writes its own); a missing file starts with a place for the seeding section.
 */
export function writeLatest(section: string, file = BENCH_DOC): void {
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nMethod and targets: BENCH.md. Written by `pnpm bench:seed` (Seeding) and `pnpm bench` (Latest run).\n\n## Seeding\n\n(Written by `pnpm bench:seed`.)\n';
  const start = current.indexOf(`${LATEST}\n`);
  let next: string;
  if (start === -1) next = `${current.trimEnd()}\n\n${section}`;
  else {
    const after = current.indexOf('\n## ', start + LATEST.length);
    next = `${current.slice(0, start)}${section}${after === -1 ? '' : `\n${current.slice(after + 1)}`}`;
  }
  writeFileSync(file, `${next.trimEnd()}\n`);
  // Tables as the repository's formatter lays them out, so the file passes the format check as written.
  try {
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
  } catch {
    // Without the formatter the file is still correct Markdown; `pnpm format` lays it out.
  }
}
