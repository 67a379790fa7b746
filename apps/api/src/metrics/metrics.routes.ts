import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Metrics } from './metrics.js';

/** The route group of a path: a few fixed values, never the path itself (it can hold ids). */
function routeOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  return ['graphql', 'healthz', 'metrics', 'documents', 'exports', 'imports'].includes(first) ? `/${first}` : 'web';
}

/** Times every HTTP request by route group, method and status. */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    // Read now: a router mounted on a path rewrites `req.path` while it handles the request.
    const route = routeOf(req.path);
    const stopTimer = metrics.httpDuration.startTimer();
    res.once('finish', () => stopTimer({ route, method: req.method, status: String(res.statusCode) }));
    next();
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics` for Prometheus, with `Authorization: Bearer $METRICS_TOKEN`. Without a token
 * configured the endpoint does not exist (404), so a deployment exposes nothing unless it chose to;
 * a missing or wrong token is 401. The comparison takes the same time whatever the token.
 */
export function metricsRoute(
  metrics: Metrics,
  token: string | undefined,
  /** How to read the metrics: this process's own by default, all the workers' under WEB_CONCURRENCY. */
  scrape: () => Promise<string> = () => metrics.scrape(),
): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return async (req: Request, res: Response) => {
    if (!expected) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      return;
    }
    const text = await scrape().catch(() => undefined);
    if (text === undefined) {
      res.status(503).type('text/plain').send('Metrics unavailable');
      return;
    }
    res.set('Cache-Control', 'no-store').type(metrics.registry.contentType).send(text);
  };
}
