import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoanhap-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const base = { DATA_DIR: dataDir };

describe('loadConfig', () => {
  it('has defaults a developer can run with', () => {
    const c = loadConfig(base);
    expect(c).toMatchObject({ port: 4000, pgPort: 54329, nodeEnv: 'development', demo: true, databaseUrl: undefined });
  });

  it('generates a session secret once and keeps it in DATA_DIR', () => {
    const first = loadConfig(base).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig(base).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dataDir, 'session-secret'), 'utf8').trim()).toBe(first);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: must be between 0 and 65535$/],
    [{ PG_PORT: '-1' }, /^PG_PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must be a postgres/],
    [{ DATABASE_REPLICA_URLS: 'postgres://r1/db,mysql://r2' }, /^DATABASE_REPLICA_URLS: must be postgres/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
    [{ DEMO: 'yes' }, /^DEMO: must be 0 or 1$/],
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN: must be at least 24 characters$/],
    [{ OTEL_ENABLED: 'true' }, /^OTEL_ENABLED: must be 0 or 1$/],
    [{ SESSION_SECRET: 'short' }, /^SESSION_SECRET: must be at least 32 characters$/],
    [{ NODE_ENV: 'production' }, /^SESSION_SECRET: required when NODE_ENV=production/],
    [{ WEB_CONCURRENCY: '0' }, /^WEB_CONCURRENCY: must be a number of processes, 1 to 64$/],
    [{ WEB_CONCURRENCY: '65' }, /^WEB_CONCURRENCY: must be a number of processes, 1 to 64$/],
    [{ WEB_CONCURRENCY: 'many' }, /^WEB_CONCURRENCY: must be a number of processes, 1 to 64$/],
    [{ WEB_CONCURRENCY: '1.5' }, /^WEB_CONCURRENCY: must be a whole number of processes, 1 to 64$/],
    [{ TRUST_PROXY: '10.0.0.300' }, /^TRUST_PROXY: must be addresses or subnets/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY: must be addresses or subnets/],
    [{ TRUST_PROXY: 'loopback, 1' }, /^TRUST_PROXY: must be addresses or subnets/],
    [{ SERVICE_KEY_POINTS_PER_HOUR: '0' }, /^SERVICE_KEY_POINTS_PER_HOUR: must be a whole number of points/],
  ])('stops on %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });

  it('leaves /metrics and tracing off unless METRICS_TOKEN and OTEL_ENABLED=1 are set', () => {
    expect(loadConfig(base).metricsToken).toBeUndefined();
    expect(loadConfig(base).tracing).toBe(false);
    expect(loadConfig({ ...base, OTEL_ENABLED: '1' }).tracing).toBe(true);
    expect(loadConfig({ ...base, METRICS_TOKEN: 'x'.repeat(24) }).metricsToken).toBe('x'.repeat(24));
  });

  it('serves from one process unless WEB_CONCURRENCY asks for more', () => {
    expect(loadConfig(base)).toMatchObject({ webConcurrency: 1, serviceKeyPointsPerHour: 5_000 });
    expect(loadConfig({ ...base, WEB_CONCURRENCY: '4' }).webConcurrency).toBe(4);
    expect(loadConfig({ ...base, WEB_CONCURRENCY: '64' }).webConcurrency).toBe(64);
  });

  it('trusts X-Forwarded-For from the loopback only, unless TRUST_PROXY names the load balancers', () => {
    expect(loadConfig(base).trustProxy).toBe('loopback');
    const balancers = 'loopback, 10.0.0.0/8, fd00::/8, 192.168.1.10';
    expect(loadConfig({ ...base, TRUST_PROXY: balancers }).trustProxy).toBe(balancers);
  });

  it('reads DATABASE_REPLICA_URLS as a comma-separated list, and no replicas when unset', () => {
    expect(loadConfig(base).databaseReplicaUrls).toEqual([]);
    const env = { ...base, DATABASE_REPLICA_URLS: ' postgres://a:pw@r1/db , postgresql://r2:5433/db,' };
    expect(loadConfig(env).databaseReplicaUrls).toEqual(['postgres://a:pw@r1/db', 'postgresql://r2:5433/db']);
  });

  it('never repeats a replica URL, which holds a password, in its error', () => {
    const env = { ...base, DATABASE_REPLICA_URLS: 'mysql://user:secret@r1' };
    expect(() => loadConfig(env)).toThrow(/^DATABASE_REPLICA_URLS: /);
    expect(() => loadConfig(env)).not.toThrow(/secret/);
  });

  it('accepts port 0 for PORT and PG_PORT: the operating system picks a free port', () => {
    expect(loadConfig({ ...base, PORT: '0', PG_PORT: '0' })).toMatchObject({ port: 0, pgPort: 0 });
  });

  it('turns demo data off in production unless DEMO=1 forces it', () => {
    const prod = { ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod)).toMatchObject({ demo: false, demoForced: false, isProduction: true });
    expect(loadConfig({ ...prod, DEMO: '1' })).toMatchObject({ demo: true, demoForced: true });
    expect(loadConfig({ ...base, DEMO: '0' }).demo).toBe(false);
  });
});
