import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { createTestDatabase } from '../utils/test-database.js';
import { startTestServer } from '../utils/test-server.js';

const webDist = mkdtempSync(path.join(os.tmpdir(), 'hoanhap-web-'));
writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Hòa Nhập</title><div id="root"></div>');
const { server } = withDemoServer({ demo: false, webDist });
afterAll(() => {
  rmSync(webDist, { recursive: true, force: true });
});

describe('HTTP server', () => {
  it('answers /healthz with ok while the database answers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the web app at / and falls back to index.html for client routes', async () => {
    for (const route of ['/', '/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', '/login']) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('sends a Content-Security-Policy that allows scripts from this origin only', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('refuses batched requests and bodies over the limit', async () => {
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` }),
    });
    expect(big.status).toBe(413);
  });

  it('refuses a text/plain POST and a GET mutation (CSRF prevention)', async () => {
    const plain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(plain.status).toBe(400);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'content-type': 'text/plain' },
    });
    expect(get.status).toBe(400);
  });

  it('answers /healthz with 503 when the database does not answer', async () => {
    const broken = await createTestDatabase();
    const s = await startTestServer(broken.dataSource);
    await broken.drop();
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
    await s.close();
  });
});
