import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { contextFactory } from './create-context.js';
import type { RequestContext } from './context.js';
import type { Logger } from './logger.js';
import { documentFileRoute } from './modules/committee/documents/document-file.route.js';
import { exportFileRoute } from './modules/exports/export-file.route.js';
import { personArchiveFileRoute } from './modules/person-file/person-archive-file.route.js';
import { importRouter } from './modules/imports/import.routes.js';
import { casePackageRouter } from './modules/handover/case-package.routes.js';
import { notificationReceiptRouter } from './modules/notifications/notification-receipt.routes.js';
import { documentUploadRouter } from './modules/committee/documents/document-upload.route.js';
import type { CookieSettings } from './context.js';
import { agreementUsagePlugin } from './modules/agreements/agreement-usage.plugin.js';
import { serviceAccountOperationGate, serviceKeyLimits } from './modules/service-accounts/service-account.http.js';
import { serviceKeyBudget } from './modules/service-accounts/service-key-budget.js';
import { sensitiveReadAudit } from './modules/audit/sensitive-read.plugin.js';
import { sensitiveHiddenPlugin } from './modules/reveals/sensitive-hidden.plugin.js';
import { authGate, deniedAccessLog } from './schema/apollo-plugins.js';
import { getSchema } from './schema/build-schema.js';
import { formatError } from './schema/format-error.js';
import { bodyErrors, GRAPHQL_LIMITS, graphqlProtection } from './security/index.js';
import { trustedDocumentsGate } from './security/trusted-documents.js';
import { createMetrics } from './metrics/metrics.js';
import { graphqlMetricsPlugin } from './metrics/metrics.plugin.js';
import { httpMetrics, metricsRoute } from './metrics/metrics.routes.js';
import { workerScrape } from './metrics/cluster-metrics.js';
import { graphqlSpan, graphqlTracingPlugin } from './tracing/tracing.plugin.js';
import { withReadRoute } from './database/read-routing.js';
import { replicasOf } from './database/replicas.js';
import { readRoutingPlugin } from './schema/read-routing.plugin.js';

export interface ServerDeps {
  config: Pick<Config, 'isProduction' | 'sessionSecret' | 'webDist'> &
    Partial<Pick<Config, 'metricsToken' | 'serviceKeyPointsPerHour' | 'trustProxy' | 'deployment' | 'webhooks'>>;
  dataSource: DataSource;
  log: Logger;
  /** The HTTP server the app will listen on, so shutdown can drain it. */
  httpServer?: Server;
}

export interface AppServer {
  app: Express;
  stop(): Promise<void>;
}

/** The Express app with /healthz, /metrics, /graphql and the built web app; used by main and by tests. */
export async function createServer({ config, dataSource, log, httpServer }: ServerDeps): Promise<AppServer> {
  const cookies: CookieSettings = { secure: config.isProduction, secret: config.sessionSecret };
  const keyLimits = serviceKeyLimits(serviceKeyBudget(dataSource, config.serviceKeyPointsPerHour));
  const protection = graphqlProtection({ isProduction: config.isProduction, chargeCost: keyLimits.chargeCost });
  const makeContext = contextFactory({
    dataSource,
    cookies,
    log,
    deployment: config.deployment,
    webhooks: config.webhooks,
  });
  const metrics = createMetrics(dataSource, log);
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    // Always on here: in production src/security/introspection.ts refuses it per request.
    introspection: true,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown: it drains HTTP, stops Apollo, then closes the database.
    stopOnTerminationSignals: false,
    formatError: formatError(log),
    plugins: [
      graphqlMetricsPlugin(metrics),
      graphqlTracingPlugin(),
      authGate(!config.isProduction),
      deniedAccessLog(),
      serviceAccountOperationGate(),
      keyLimits.budgetReport,
      agreementUsagePlugin(),
      sensitiveHiddenPlugin(),
      sensitiveReadAudit(),
      readRoutingPlugin(),
      trustedDocumentsGate({ isProduction: config.isProduction, webDist: config.webDist, log }),
      ...protection.plugins,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For counts only from these (TRUST_PROXY): the client address the sign-in throttle keys on.
  app.set('trust proxy', config.trustProxy ?? 'loopback');
  app.use((req, res, next) => {
    const id = randomUUID();
    (req as express.Request & { id: string }).id = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.use(httpMetrics(metrics));
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req) => (req as unknown as { id: string }).id,
      // Method, path and status only: no headers, bodies or query strings (they may hold personal data).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine writes its CSS variables into a <style> element at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: config.isProduction,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
      ]);
      const replicas = replicasOf(dataSource);
      // Replicas are reported, not required: reads fall back to the primary without them.
      res.status(200).json({ status: 'ok', ...(replicas ? { replicasUp: replicas.upCount } : {}) });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // For Prometheus only: off (404) unless METRICS_TOKEN is set, and then only with that token.
  app.get('/metrics', metricsRoute(metrics, config.metricsToken, workerScrape(metrics.registry)));

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_LIMITS.maxBodyBytes }),
    // After the body is read: stream callbacks would not carry the route (database/read-routing.ts).
    (_req: express.Request, _res: express.Response, next: express.NextFunction) => withReadRoute(next),
    graphqlSpan(),
    expressMiddleware(apollo, {
      context: ({ req, res }) => makeContext(req, res),
    }),
    bodyErrors(log),
  );

  // Document files: downloads checked against the session and scope; uploads too large for GraphQL.
  app.get('/documents/:id/file', documentFileRoute(makeContext));
  app.get('/exports/:jobId/file', exportFileRoute(makeContext));
  app.get('/person-archives/:jobId/file', personArchiveFileRoute(makeContext));
  app.use(importRouter(makeContext));
  app.use(casePackageRouter(makeContext), bodyErrors(log));
  app.use(notificationReceiptRouter(makeContext), bodyErrors(log));
  app.use(documentUploadRouter(makeContext), bodyErrors(log));

  serveWebApp(app, config.webDist);
  return { app, stop: () => apollo.stop() };
}

/**
 * The built SPA at `/`, with unknown paths falling back to index.html for client-side routes; the
 * helper's phone app (its own build, dist/m) at `/m/`, falling back to its own page.
 */
function serveWebApp(app: Express, webDist: string) {
  const index = path.join(webDist, 'index.html');
  const phoneIndex = path.join(webDist, 'm', 'index.html');
  app.use(express.static(webDist, { index: false, maxAge: '1h', setHeaders: noCacheForIndex }));
  app.get('/{*splat}', (req, res) => {
    const page = req.path === '/m' || req.path.startsWith('/m/') ? phoneIndex : index;
    if (!existsSync(page)) {
      res.status(404).type('text/plain').send('The web app is not built: run `pnpm build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
}

/** Files that name the current build (pages, the service worker, the manifest) are always revalidated. */
function noCacheForIndex(res: express.Response, file: string) {
  if (/(?:index\.html|sw\.js|manifest\.webmanifest)$/.test(file)) res.setHeader('Cache-Control', 'no-cache');
  else if (file.includes(`${path.sep}assets${path.sep}`))
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
