import { isDeepStrictEqual } from 'node:util';

/** The two servers answered differently for the same input: the run stops, since a ratio would be meaningless. */
export class ContentMismatch extends Error {}

/** `volatile` keys (a new row's id and time) are kept as "present or not", their values dropped. */
function settle(value: unknown, volatile: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => settle(v, volatile));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, volatile.has(k) ? v != null : settle(v, volatile)]),
    );
  }
  return value;
}

/** The first path where two JSON values differ, for the error message. */
function firstDifference(a: unknown, b: unknown, at = 'data'): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const x = (a as Record<string, unknown>)[k];
      const y = (b as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${k}`);
    }
  }
  return `${at}: product ${JSON.stringify(a)?.slice(0, 200)} / reference ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Throws ContentMismatch unless the product's `data` and the reference's are the same JSON (key order aside). */
export function assertSameContent(
  workload: string,
  product: unknown,
  reference: unknown,
  volatile: readonly string[] = [],
): void {
  const keys = new Set(volatile);
  const [a, b] = [settle(product, keys), settle(reference, keys)];
  if (!isDeepStrictEqual(a, b)) {
    throw new ContentMismatch(
      `${workload}: the product and the reference answer differently at ${firstDifference(a, b)}`,
    );
  }
}
