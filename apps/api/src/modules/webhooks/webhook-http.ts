import http from 'node:http';
import https from 'node:https';
import { guardedLookup } from './webhook-url.js';

/** What one attempt got: the status answered, or why there was none, and how long it took. */
export interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** The answer's body is read only this far, and thrown away: it is the receiver's business. */
const MAX_BODY = 64 * 1024;

/**
 * POSTs a signed payload once. Redirects are not followed (a 3xx is a failure: a receiver that
 * moved must be re-registered, rather than send the server somewhere unchecked), the whole attempt
 * is bounded by `timeoutMs`, and the address is checked as it is connected to (webhook-url.ts).
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowLoopback: boolean },
): Promise<AttemptResult> {
  const started = performance.now();
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, error, durationMs: Math.round(performance.now() - started) });
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'HoaNhap-Webhooks/1',
        },
        lookup: guardedLookup(options.allowLoopback),
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_BODY) response.destroy();
        });
        const status = response.statusCode ?? null;
        const redirected = status !== null && status >= 300 && status < 400;
        response.on('close', () => finish(status, redirected ? 'redirect not followed' : null));
        response.on('error', () => finish(status, redirected ? 'redirect not followed' : null));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(null, `no answer within ${options.timeoutMs} ms`);
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish(null, describe(error)));
    request.end(body);
  });
}

/** A failure in words safe to keep: its code, never anything the receiver sent. */
function describe(error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRNOTPUBLIC') return 'address not public: refused';
  return error.code ? `connection failed (${error.code})` : 'connection failed';
}
