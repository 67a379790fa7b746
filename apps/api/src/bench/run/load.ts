import autocannon from 'autocannon';

/** What one closed-loop run measured. */
export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, and connection errors (a run with either is reported, not hidden). */
  failures: number;
}

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Sorted-array percentile (nearest rank), in ms. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * `connections` clients in a closed loop for `seconds`, each sending `requests` in turn. With
 * `timed`, only the answers to those request positions are timed (W5 times the normal requests
 * and not the abusive ones mixed in); otherwise autocannon's own histogram is used.
 */
export async function runLoad(
  requests: readonly LoadRequest[],
  options: { connections: number; seconds: number; timed?: (index: number) => boolean },
): Promise<LoadResult> {
  const first = requests[0] as LoadRequest;
  let done: (result: autocannon.Result) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: first.url,
      connections: options.connections,
      duration: options.seconds,
      requests: requests.map((r) => ({
        method: 'POST' as const,
        path: new URL(r.url).pathname,
        headers: r.headers,
        body: r.body,
      })),
    },
    (error, result) => (error ? failed(error) : done(result)),
  );
  const own: number[] = [];
  const sent = new Map<object, number>();
  if (options.timed) {
    instance.on('response', (client, _status, _bytes, ms) => {
      const n = sent.get(client) ?? 0;
      sent.set(client, n + 1);
      if (options.timed?.(n % requests.length)) own.push(ms);
    });
  }
  const result = await finished;
  const failures = result.non2xx + result.errors + result.timeouts;
  const sorted = own.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.total / options.seconds,
    p50: options.timed ? percentile(sorted, 50) : result.latency.p50,
    p99: options.timed ? percentile(sorted, 99) : result.latency.p99,
    failures,
  };
}
