import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { traceSqlStatements } from './sql-spans.js';

export interface Tracing {
  /** Sends the spans still buffered (waiting 3 s at most), then stops. */
  shutdown(): Promise<void>;
}

/**
 * Optional tracing (OTEL_ENABLED=1, off by default): a span per GraphQL request named by its
 * operation (`tracing.plugin.ts`, `graphqlSpan`), with a child span per SQL statement. Spans go to
 * the OTLP/HTTP collector named by the standard OTEL_EXPORTER_OTLP_ENDPOINT (default
 * localhost:4318); tests pass an in-memory exporter. Spans carry names, codes and statement shapes,
 * never variables, parameters or answers.
 */
export function startTracing(options: { exporter?: SpanExporter } = {}): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'hoanhap-api' }),
    spanProcessors: [
      options.exporter ? new SimpleSpanProcessor(options.exporter) : new BatchSpanProcessor(new OTLPTraceExporter()),
    ],
  });
  provider.register();
  traceSqlStatements();
  return {
    // A collector that is down must not hold up the API's shutdown: the spans still buffered are lost.
    shutdown: () =>
      Promise.race([provider.shutdown(), new Promise<void>((resolve) => setTimeout(resolve, 3_000).unref())]),
  };
}
