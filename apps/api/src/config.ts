import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEBHOOK_RETRY_SECONDS } from '@hoanhap/shared';
import { z } from 'zod';
import type { NotificationSettings } from './modules/notifications/channels/channel-registry.js';
import { SERVICE_KEY_POINTS_PER_HOUR } from './modules/service-accounts/service-key-budget.js';

/** The repository root: `.data` and the built web app are found from here. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** An endpoint that failed this many attempts in a row (about two days of retries) is disabled. */
export const WEBHOOK_DISABLE_AFTER_FAILURES = 15;

/** A TCP port; 0 asks the operating system for a free one (tests, several instances on one machine). */
const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(fallback);

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  PORT: port(4000),
  PG_PORT: port(54329),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  // Read-only work goes to these streaming replicas (docs/operations.md, "Read replicas").
  DATABASE_REPLICA_URLS: z
    .string()
    .refine(
      (value) => replicaUrls(value).every((url) => /^postgres(ql)?:\/\//.test(url)),
      'must be postgres:// or postgresql:// URLs separated by commas',
    )
    .optional(),
  DATA_DIR: z.string().min(1, 'must not be empty').default(path.join(REPO_ROOT, '.data')),
  DEMO: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(path.join(REPO_ROOT, 'apps/web/dist')),
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  OTEL_ENABLED: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
  TRUST_PROXY: z
    .string()
    .refine(
      (value) => value.split(',').every((entry) => isProxyAddress(entry.trim())),
      'must be addresses or subnets separated by commas (10.0.0.5, 10.0.0.0/8), or loopback, linklocal, uniquelocal',
    )
    .default('loopback'),
  WEB_CONCURRENCY: z.coerce
    .number({ error: 'must be a number of processes, 1 to 64' })
    .int('must be a whole number of processes, 1 to 64')
    .min(1, 'must be a number of processes, 1 to 64')
    .max(64, 'must be a number of processes, 1 to 64')
    .default(1),
  SERVICE_KEY_POINTS_PER_HOUR: z.coerce
    .number({ error: 'must be a whole number of points, 1 or more' })
    .int('must be a whole number of points, 1 or more')
    .min(1, 'must be a whole number of points, 1 or more')
    .default(SERVICE_KEY_POINTS_PER_HOUR),
  DEPLOYMENT_CODE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2 to 63 lowercase letters, digits or dashes, e.g. "hai-phong"')
    .optional(),
  DEPLOYMENT_KEY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Departments' webhooks (docs/api.md, "Webhooks"): http:// to this machine is for tests and local receivers only.
  WEBHOOK_ALLOW_HTTP_LOCALHOST: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds, 1 to 60' })
    .min(1, 'must be a number of seconds, 1 to 60')
    .max(60, 'must be a number of seconds, 1 to 60')
    .default(10),
  WEBHOOK_RETRY_SECONDS: z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'must be waits in seconds separated by commas, e.g. "5,300,1800"')
    .optional(),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce
    .number({ error: 'must be a whole number of failed attempts, 1 or more' })
    .int('must be a whole number of failed attempts, 1 or more')
    .min(1, 'must be a whole number of failed attempts, 1 or more')
    .default(WEBHOOK_DISABLE_AFTER_FAILURES),
  // Notifications by email (modules/notifications): unset, no email is sent.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.vn:587')
    .optional(),
  MAIL_FROM: z.string().min(3, 'must be a sender address, e.g. "Hòa Nhập <khongtraloi@example.vn>"').optional(),
  PUBLIC_URL: z.url({ error: 'must be the web app’s public address, e.g. https://hoanhap.example.vn' }).optional(),
});

/** What Express's `trust proxy` accepts from us: a named range, an address, or a subnet. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
  return bits >= 0 && bits <= (version === 4 ? 32 : 128);
}

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  pgPort: number;
  databaseUrl: string | undefined;
  /** Streaming replicas for read-only work; empty: everything reads the primary. Never logged: they hold passwords. */
  databaseReplicaUrls: string[];
  dataDir: string;
  /** Load the Lãm Hà demo data into an empty database. */
  demo: boolean;
  /** DEMO=1 was given explicitly in production: warn loudly. */
  demoForced: boolean;
  sessionSecret: string;
  logLevel: string;
  webDist: string;
  /** Bearer token Prometheus sends to `/metrics`; unset, the endpoint answers 404. */
  metricsToken: string | undefined;
  /** Send traces of GraphQL operations and SQL to the OTLP collector (OTEL_EXPORTER_OTLP_ENDPOINT). */
  tracing: boolean;
  /**
   * The proxies whose X-Forwarded-For names the client (Express's `trust proxy`): the load balancer's
   * addresses, so the sign-in throttle counts each client's address rather than the balancer's.
   */
  trustProxy: string;
  /** API processes serving one port on this machine (node:cluster); 1 serves from the process itself. */
  webConcurrency: number;
  /** What a department's key may spend per hour, shared by every process on the database. */
  serviceKeyPointsPerHour: number;
  /** This deployment's code and the secret its signing key is encrypted with (modules/handover). */
  deployment: DeploymentSettings;
  /** How departments' webhooks are sent (modules/webhooks). */
  webhooks: WebhookSettings;
  /** Email for notifications (`SMTP_URL`, `MAIL_FROM`; null: none sent) and the app's public address for links. */
  notifications: NotificationSettings;
}

/** How webhooks are sent: what a URL may be, how long a receiver has, when to retry and give up. */
export interface WebhookSettings {
  /** Accept http://localhost and http://127.0.0.1 endpoints (tests, a receiver on the same machine). */
  allowHttpLocalhost: boolean;
  /** How long a receiver has to answer one attempt. */
  timeoutMs: number;
  /** The waits before each retry, in seconds (Standard Webhooks' schedule by default). */
  retrySeconds: readonly number[];
  /** Consecutive failed attempts after which an endpoint is disabled. */
  disableAfterFailures: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowHttpLocalhost: false,
  timeoutMs: 10_000,
  retrySeconds: WEBHOOK_RETRY_SECONDS,
  disableAfterFailures: WEBHOOK_DISABLE_AFTER_FAILURES,
};

/**
 * Who this deployment is to other deployments: the code partners register its public key under
 * (unset: one made up on first use and kept in the database, fine for development only) and the
 * passphrase its private key is stored encrypted with (unset: stored in clear, docs/operations.md).
 */
export interface DeploymentSettings {
  code?: string;
  keySecret?: string;
}

export class ConfigError extends Error {}

/**
 * Reads and validates the environment once. A bad value throws a ConfigError whose message is one
 * line naming the variable and what is wrong with it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigError('MAIL_FROM: required with SMTP_URL (the sender of notification emails)');
  }
  if (isProduction && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET: required when NODE_ENV=production (at least 32 random characters)');
  }
  const demo = e.DEMO === undefined ? !isProduction : e.DEMO === '1';
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    pgPort: e.PG_PORT,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: replicaUrls(e.DATABASE_REPLICA_URLS ?? ''),
    dataDir,
    demo,
    demoForced: isProduction && e.DEMO === '1',
    sessionSecret: e.SESSION_SECRET ?? developmentSessionSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST),
    metricsToken: e.METRICS_TOKEN,
    tracing: e.OTEL_ENABLED === '1',
    trustProxy: e.TRUST_PROXY,
    webConcurrency: e.WEB_CONCURRENCY,
    serviceKeyPointsPerHour: e.SERVICE_KEY_POINTS_PER_HOUR,
    deployment: { code: e.DEPLOYMENT_CODE, keySecret: e.DEPLOYMENT_KEY_SECRET },
    webhooks: {
      allowHttpLocalhost: e.WEBHOOK_ALLOW_HTTP_LOCALHOST === 'true',
      timeoutMs: e.WEBHOOK_TIMEOUT_SECONDS * 1000,
      retrySeconds: e.WEBHOOK_RETRY_SECONDS ? e.WEBHOOK_RETRY_SECONDS.split(',').map(Number) : WEBHOOK_RETRY_SECONDS,
      disableAfterFailures: e.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
    notifications: {
      mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, mailFrom: e.MAIL_FROM } : null,
      publicUrl: e.PUBLIC_URL ?? null,
    },
  };
}

function replicaUrls(list: string): string[] {
  return list
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

/** In development the secret is generated once and kept in DATA_DIR, so sessions survive restarts. */
function developmentSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
