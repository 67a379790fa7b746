import pg from 'pg';
import { type ServerChild, startProduct, startRaw } from './children.js';
import { assertSameContent, ContentMismatch } from './compare.js';
import { peerDifference, peerRequest, startPostGraphile } from './peer.js';
import { type LoadRequest, type LoadResult, runLoad } from './load.js';
import { webDocument } from './documents.js';
import { type ImportTiming, measureImport } from './import-timing.js';
import { measureNotificationRules, type RulesTiming } from './rules-timing.js';
import { measureSpa, type SpaTimings } from './spa.js';
import { findTarget, type BenchTarget } from './target.js';
import { type Account, type Workload, workloads } from './workloads.js';

export interface BenchOptions {
  databaseUrl: string;
  /** Seconds measured per round, warm-up seconds per server and workload, rounds (median reported). */
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  /** Workload id prefixes to run (`W1`, `W3`...); all when empty. */
  only: string[];
  /** The node binary the product runs on (Node 22 for the `--node22` column). */
  productNode: string;
  webDist: string;
  /** Also measure PostGraphile 5 on W1 (installed on demand; "not run" with the reason when it cannot be). */
  peer: boolean;
  /** Also time the SPA in Chromium (list, search, case file, city dashboard); "not run" with the reason when it cannot be. */
  spa?: boolean;
  /** Also time an import of 10,000 rows (a dry run); "not run" with the reason when it cannot be. */
  importTiming?: boolean;
  /** Also time the hourly notification rules over the whole database (rolled back). */
  rulesTiming?: boolean;
  /** Makes the reference answer this operation differently (to prove the comparison notices). */
  tamper?: string;
  log: (line: string) => void;
}

/** The medians of one server's rounds on one workload. */
export interface ServerFigures extends LoadResult {
  sqlPerRequest: number;
}

export interface WorkloadResult {
  workload: Workload;
  product: ServerFigures;
  raw: ServerFigures | null;
  /** W1: PostGraphile 5 on the same page. */
  peer?: ServerFigures;
  /** W5: each abusive document's HTTP status and the statements the product ran for it, sent alone. */
  refusals?: Array<{ status: number; statements: number }>;
}

export interface BenchRun {
  target: BenchTarget;
  results: WorkloadResult[];
  /** What became of the PostGraphile peer: measured, or not run and why. */
  peer: string;
  /** The SPA's timings in Chromium, or why they were not taken. */
  spa: SpaTimings | string;
  /** The import of 10,000 rows, or why it was not timed. */
  importTiming: ImportTiming | string;
  /** The hourly notification rules' run, or why it was not timed. */
  rulesTiming: RulesTiming | string;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Signs in through the product's real login mutation and answers the session cookie. */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      // The web's own document: in production the product refuses any other from a browser.
      query: webDocument('Login'),
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!response.ok || !cookie)
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

async function post(request: LoadRequest): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/**
 * One run: the product and the reference on the same database, each workload's answers compared
 * first (a difference stops the run), then warm-up and alternating rounds (product, reference,
 * product, reference...), medians reported with statements per request.
 */
export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  const target = await findTarget(db).finally(() => db.end());
  options.log(`target: ${target.ward.name} (${target.ward.people} people), city ${target.city.name}`);

  const servers: ServerChild[] = [];
  try {
    const product = await startProduct({
      databaseUrl: options.databaseUrl,
      node: options.productNode,
      webDist: options.webDist,
    });
    servers.push(product);
    const raw = await startRaw({ databaseUrl: options.databaseUrl, tamper: options.tamper });
    servers.push(raw);
    const list = workloads(target, options.only);
    let peer: ServerChild | undefined;
    let peerStatus = 'not run: not asked for (--no-peer) or W1 not selected';
    if (options.peer && list.some((w) => w.id === 'W1')) {
      try {
        peer = await startPostGraphile(options.databaseUrl);
        servers.push(peer);
        peerStatus = 'measured on W1 (Node 22)';
      } catch (error) {
        peerStatus = `not run: ${(error as Error).message.split('\n')[0]}`;
      }
      options.log(`PostGraphile 5: ${peerStatus}`);
    }
    const peerLoad = peer
      ? [
          {
            url: `${peer.url}/graphql`,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(peerRequest(target)),
          },
        ]
      : null;
    const cookies: Record<Account, string> = {
      ward: await signIn(product.url, target.wardOfficer.email, target.password),
      city: await signIn(product.url, target.cityViewer.email, target.password),
    };
    const json = { 'content-type': 'application/json' };
    const productRequest = (w: Workload, query = w.product.query): LoadRequest => ({
      url: `${product.url}/graphql`,
      headers: { ...json, cookie: cookies[w.account] },
      body: JSON.stringify({ query, variables: w.product.variables }),
    });

    const refusals = new Map<Workload, Array<{ status: number; statements: number }>>();
    for (const w of list) {
      if (w.abusive) refusals.set(w, await refuse(product, w.abusive, (doc) => productRequest(w, doc)));
      const answer = await post(productRequest(w));
      if (answer.errors || !answer.data)
        throw new Error(`${w.id}: the product refused the web's document: ${JSON.stringify(answer.errors)}`);
      if (peerLoad && w.id === 'W1') {
        const difference = peerDifference(answer.data, (await post(peerLoad[0] as LoadRequest)).data);
        if (difference) throw new ContentMismatch(`W1: PostGraphile's page differs from ours: ${difference}`);
      }
      if (!w.raw) continue;
      const reference = await post({ url: raw.url, headers: json, body: JSON.stringify(w.raw) });
      if (!reference.data) throw new Error(`${w.id}: the reference failed: ${JSON.stringify(reference)}`);
      assertSameContent(w.id, answer.data, reference.data, w.volatile);
      options.log(`${w.id}: same content from the product and the reference`);
    }

    const results: WorkloadResult[] = [];
    for (const w of list) {
      const productLoad = loadOf(w, productRequest);
      const rawLoad = w.raw ? [{ url: raw.url, headers: json, body: JSON.stringify(w.raw) }] : null;
      const withPeer = w.id === 'W1' && peer && peerLoad ? { server: peer, load: peerLoad } : null;
      const measure = async (server: ServerChild, requests: LoadRequest[], seconds: number) => {
        const before = await server.sqlCount();
        const result = await runLoad(requests, { connections: options.connections, seconds, timed: timing(w) });
        const statements = (await server.sqlCount()) - before;
        await settle(server);
        return { ...result, sqlPerRequest: result.requests ? statements / result.requests : Number.NaN };
      };
      if (options.warmup > 0) {
        const warm: Array<[ServerChild, LoadRequest[] | null | undefined]> = [
          [product, productLoad],
          [raw, rawLoad],
          [peer as ServerChild, withPeer?.load],
        ];
        for (const [server, load] of warm) {
          if (!load) continue;
          await runLoad(load, { connections: options.connections, seconds: options.warmup });
          await settle(server);
        }
      }
      const rounds: Record<'product' | 'raw' | 'peer', ServerFigures[]> = { product: [], raw: [], peer: [] };
      for (let i = 0; i < options.rounds; i += 1) {
        rounds.product.push(await measure(product, productLoad, options.duration));
        if (rawLoad) rounds.raw.push(await measure(raw, rawLoad, options.duration));
        if (withPeer) rounds.peer.push(await measure(withPeer.server, withPeer.load, options.duration));
      }
      const result = {
        workload: w,
        product: medians(rounds.product),
        raw: rawLoad ? medians(rounds.raw) : null,
        peer: withPeer ? medians(rounds.peer) : undefined,
        refusals: refusals.get(w),
      };
      options.log(
        `${w.id}: product ${result.product.reqPerSec.toFixed(0)} req/s` +
          (result.raw ? `, reference ${result.raw.reqPerSec.toFixed(0)} req/s` : ''),
      );
      results.push(result);
    }
    let spa: SpaTimings | string = 'not run: not asked for (--no-spa)';
    if (options.spa) {
      options.log('SPA: timing the web app in Chromium');
      spa = await measureSpa(product.url, target).catch((error: Error) => `not run: ${error.message.split('\n')[0]}`);
    }
    let importTiming: ImportTiming | string = 'not run: not asked for (--no-import)';
    if (options.importTiming) {
      options.log('Import: timing 10,000 rows');
      importTiming = await measureImport(product.url, cookies.ward, target.ward.code).catch(
        (error: Error) => `not run: ${error.message.split('\n')[0]}`,
      );
    }
    let rulesTiming: RulesTiming | string = 'not run: not asked for (--no-rules)';
    if (options.rulesTiming) {
      options.log('Notification rules: timing a run over the whole database');
      rulesTiming = await measureNotificationRules(options.databaseUrl).catch(
        (error: Error) => `not run: ${error.message.split('\n')[0]}`,
      );
    }
    return { target, results, peer: peerStatus, spa, importTiming, rulesTiming };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

/**
 * Waits until the server has sent no statement for a moment: the load generator stops at the end
 * of a run without waiting for the answers still being computed, and the next run (the other
 * server's, or the next workload's) must not share the machine with them nor count their SQL.
 */
async function settle(server: ServerChild, quietMs = 300, maxMs = 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = await server.sqlCount();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await server.sqlCount();
    if (now === last) return;
    last = now;
  }
}

/**
 * Sends each abusive document alone and counts the statements the product ran for it: the
 * limits must refuse it before any resolver (the session lookup of the request's context aside).
 */
async function refuse(
  product: ServerChild,
  documents: readonly string[],
  request: (doc: string) => LoadRequest,
): Promise<Array<{ status: number; statements: number }>> {
  const seen: Array<{ status: number; statements: number }> = [];
  for (const doc of documents) {
    const r = request(doc);
    const before = await product.sqlCount();
    const response = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body });
    await response.arrayBuffer();
    seen.push({ status: response.status, statements: (await product.sqlCount()) - before });
  }
  return seen;
}

/** W5 mixes one abusive document into every ten requests; the others are the plain workload. */
function loadOf(w: Workload, request: (w: Workload, query?: string) => LoadRequest): LoadRequest[] {
  if (!w.abusive) return [request(w)];
  return w.abusive.flatMap((doc) => [...Array.from({ length: 9 }, () => request(w)), request(w, doc)]);
}

function timing(w: Workload): ((index: number) => boolean) | undefined {
  return w.abusive ? (index) => index % 10 !== 9 : undefined;
}

function medians(rounds: ServerFigures[]): ServerFigures {
  const of = (k: keyof ServerFigures) => median(rounds.map((r) => r[k]));
  return {
    requests: of('requests'),
    reqPerSec: of('reqPerSec'),
    p50: of('p50'),
    p99: of('p99'),
    failures: rounds.reduce((n, r) => n + r.failures, 0),
    sqlPerRequest: of('sqlPerRequest'),
  };
}
