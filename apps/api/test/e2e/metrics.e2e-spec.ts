import PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { JOB_QUEUE_SCHEMA } from '../../src/jobs/job-queue-schema.js';
import { sealAuditLog } from '../../src/modules/audit/audit-seal.js';
import { JOBS } from '../../src/modules/index.js';
import { withDemoServer } from '../utils/demo-server.js';

// Issue 14 §5: /metrics for Prometheus, behind a token, off without one.
const TOKEN = 'metrics-token-for-the-tests-0123456789';
const { db, server, client, anonymous, alsoServe } = withDemoServer({ metricsToken: TOKEN, logins: ['officer'] });
const withoutToken = alsoServe({});

async function scrape(token: string | null = TOKEN, on = server) {
  return fetch(`${on.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/** The value of one sample in the exposition text (0 when the series does not exist yet). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const metricsText = async () => {
  const res = await scrape();
  expect(res.status).toBe(200);
  return res.text();
};

describe('/metrics (issue 14 §5)', () => {
  it('answers only with the token: 401 without it or with another, 404 where no token is configured', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('not-the-token-not-the-token-0000')).status).toBe(401);
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect((await scrape(TOKEN, withoutToken)).status).toBe(404);
    expect((await scrape(null, withoutToken)).status).toBe(404);
  });

  it('counts GraphQL requests by operation name and outcome, and times them', async () => {
    const ok = 'hoanhap_graphql_requests_total{operation="ArticleFigures",outcome="ok"}';
    const refused = 'hoanhap_graphql_requests_total{operation="other",outcome="UNAUTHENTICATED"}';
    const before = await metricsText();
    const query = `query ArticleFigures { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") { returned { total } } }`;
    expect((await client('officer').request(query)).errors).toBeUndefined();
    expect((await client('officer').request(query)).errors).toBeUndefined();
    // Refused before it ran: its name, which any caller may choose, is not a label.
    expect((await anonymous().request(query)).errors).toBeDefined();
    const after = await metricsText();
    expect(sample(after, ok) - sample(before, ok)).toBe(2);
    expect(sample(after, refused) - sample(before, refused)).toBe(1);
    expect(
      sample(after, 'hoanhap_graphql_request_duration_seconds_count{operation="ArticleFigures",outcome="ok"}'),
    ).toBe(sample(after, ok));
    expect(after).toMatch(
      /hoanhap_http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} \d+/,
    );
    expect(after).not.toContain('reintegrationStats');
  });

  it('reports the database pool, the job queue per declared queue and the audit chain, read at scrape time', async () => {
    const queue = JOBS[0]?.name as string;
    const depth = `hoanhap_job_queue_depth{queue="${queue}"}`;
    const before = await metricsText();
    expect(sample(before, 'hoanhap_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(before).toContain('hoanhap_db_pool_connections{state="waiting"}');
    for (const job of JOBS) expect(before).toContain(`hoanhap_job_queue_failed{queue="${job.name}"}`);

    const sql = {
      executeSql: async (text: string, values?: unknown[]) => ({ rows: await db.dataSource.query(text, values) }),
    };
    await new PgBoss({ schema: JOB_QUEUE_SCHEMA, db: sql }).send(queue, {}, { db: sql });
    expect(sample(await metricsText(), depth)).toBe(sample(before, depth) + 1);

    const write = await client('officer').request(
      'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }',
      { input: { fullName: 'Trần Văn Đếm' } },
    );
    expect(write.errors).toBeUndefined();
    await sealAuditLog(db.dataSource, { sweep: true });
    const [{ seq, events }] = await db.dataSource.query(
      'SELECT (SELECT max(seq) FROM audit_seal)::int AS seq, (SELECT count(*) FROM audit_event)::int AS events',
    );
    const sealed = await metricsText();
    expect(seq).toBeGreaterThan(0);
    expect(sample(sealed, 'hoanhap_audit_chain_length')).toBe(seq);
    expect(sample(sealed, 'hoanhap_audit_chain_length') + sample(sealed, 'hoanhap_audit_unsealed_events')).toBe(events);
  });
});
