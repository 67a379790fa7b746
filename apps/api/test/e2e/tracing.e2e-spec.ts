import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { statementShape } from '../../src/tracing/sql-spans.js';
import { startTracing } from '../../src/tracing/tracing.js';
import { withDemoServer } from '../utils/demo-server.js';

// Issue 14 §5: optional tracing of GraphQL operations and SQL (OTEL_ENABLED=1; off by default).
const exporter = new InMemorySpanExporter();
const tracing = startTracing({ exporter });
afterAll(() => tracing.shutdown());
const { client, anonymous } = withDemoServer({ logins: ['officer'] });
beforeEach(() => exporter.reset());

const childrenOf = (spans: ReadableSpan[], parent: ReadableSpan) =>
  spans.filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);

describe('tracing (issue 14 §5)', () => {
  it('gives a GraphQL operation one span named by it, with its SQL statements as children and no values', async () => {
    const res = await client('officer').request(
      'query FindPeople($search: String) { returnees(filter: { search: $search }) { totalCount } }',
      { search: 'Nguyễn Văn' },
    );
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === 'query FindPeople');
    expect(operation?.attributes).toMatchObject({
      'graphql.operation.name': 'FindPeople',
      'http.response.status_code': 200,
    });
    const sql = childrenOf(spans, operation as ReadableSpan).filter((s) => s.name === 'pg.query');
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.every((s) => typeof s.attributes['db.query.text'] === 'string')).toBe(true);
    const recorded = JSON.stringify(spans.map((s) => s.attributes));
    expect(recorded).not.toMatch(/Nguy|nguyen/i);
  });

  it('marks a refused operation failed with the code it answered', async () => {
    await anonymous().request('query Secret { returnees { totalCount } }');
    const span = exporter.getFinishedSpans().find((s) => s.name === 'query Secret');
    expect(span?.attributes['graphql.error.code']).toBe('UNAUTHENTICATED');
    expect(span?.status.code).toBe(2);
  });
});

describe('statementShape', () => {
  it('keeps the statement and its parameters, and replaces literals', () => {
    expect(statementShape(`SELECT * FROM returnee WHERE full_name = 'Lê Thị Hoa' AND id = $1 LIMIT 20`)).toBe(
      'SELECT * FROM returnee WHERE full_name = ? AND id = $1 LIMIT ?',
    );
    expect(statementShape(`DO $body$ BEGIN PERFORM 1; END $body$`)).toBe('DO ?');
  });
});
