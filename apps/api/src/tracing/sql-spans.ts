import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import pg from 'pg';

/*
 * A span around every statement the API sends, as a child of the request's span. The statement is
 * recorded with its literals replaced by `?` and its parameters never, since values can be personal
 * data. Done by wrapping `pg.Client.prototype.query` (every pool and TypeORM query goes through it)
 * rather than with OpenTelemetry's pg instrumentation, which patches `require` and needs a loader
 * hook at start (`--import`) to be sure of seeing a package loaded from ES modules.
 */

const PATCHED = Symbol.for('hoanhap.sqlSpans');
const MAX_STATEMENT = 2000;

/** `'…'` strings, `$tag$…$tag$` bodies and bare numbers become `?`; parameters (`$1`) stay. */
export function statementShape(text: string): string {
  return text
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/(?<![\w$.])-?\d+(?:\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STATEMENT);
}

function statementOf(config: unknown): { text?: string; name?: string } {
  if (typeof config === 'string') return { text: config };
  if (config && typeof config === 'object') {
    const { text, name } = config as { text?: unknown; name?: unknown };
    return { text: typeof text === 'string' ? text : undefined, name: typeof name === 'string' ? name : undefined };
  }
  return {};
}

export function traceSqlStatements(): void {
  const proto = pg.Client.prototype as unknown as Record<symbol, boolean> & { query: (...args: unknown[]) => unknown };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const original = proto.query;
  const tracer = trace.getTracer('hoanhap-api');
  proto.query = function tracedQuery(this: pg.Client, ...args: unknown[]) {
    // Only while a request or job is traced: the pool's own housekeeping makes no root spans.
    if (!trace.getActiveSpan()) return original.apply(this, args);
    const { text, name } = statementOf(args[0]);
    const span = tracer.startSpan('pg.query', {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'postgresql',
        ...(text ? { 'db.query.text': statementShape(text) } : {}),
        ...(name ? { 'db.query.name': name } : {}),
      },
    });
    try {
      const result = original.apply(this, args) as { then?: unknown } | undefined;
      if (result && typeof result.then === 'function') {
        (result as Promise<unknown>).then(
          () => span.end(),
          (error: { code?: string }) => {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error?.code ?? 'error' });
            span.end();
          },
        );
      } else {
        span.end();
      }
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      throw error;
    }
  };
}
