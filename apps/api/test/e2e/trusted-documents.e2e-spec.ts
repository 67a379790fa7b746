import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentHash, normaliseDocument, UNTRUSTED_DOCUMENT } from '../../src/security/trusted-documents.js';
import { createAgreement } from '../utils/agreements.js';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient } from '../utils/test-server.js';

// The exact text GqlClient.login sends: it stands for the web app's Login document here.
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { user { id email role unit { code } } } }`;
const ME = 'query Me { me { email } }';
const STATS = '{ reintegrationStats(returnedSince: "2020-01-01") { unit { code } } }';

const dirs: string[] = [];

function webDist(manifest: string[] | null): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hoanhap-webdist-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Hòa Nhập</title>');
  if (manifest) writeFileSync(path.join(dir, 'trusted-documents.json'), JSON.stringify(manifest));
  return dir;
}

const { db, server: dev, alsoServe } = withDemoServer({ webDist: webDist(null) });
const withManifest = alsoServe({
  isProduction: true,
  webDist: webDist([documentHash(LOGIN), documentHash(ME), documentHash('mutation Logout { logout }')]),
});
const withoutManifest = alsoServe({ isProduction: true, webDist: webDist(null) });
const apiOnly = alsoServe({ isProduction: true });
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function post(base: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    ...((await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }),
  };
}

describe('trusted documents in production, with the web build’s manifest', () => {
  it('lets an anonymous browser sign in with the built login document', async () => {
    const browser = new GqlClient(withManifest.url);
    const res = await browser.login('congan.lamha@hoanhap.local');
    expect(res.errors).toBeUndefined();
    expect(browser.cookie).toBeDefined();
  });

  it('runs a built document however it is spaced, commented, or with the __typename Apollo Client adds', async () => {
    const browser = new GqlClient(withManifest.url);
    await browser.login('congan.lamha@hoanhap.local');
    for (const text of [
      ME,
      'query Me {\n  # who am I\n  me {\n    email\n  }\n}',
      'query Me { me { email __typename } }',
    ]) {
      const res = await browser.request(text);
      expect(res.errors, text).toBeUndefined();
      expect(res.data).toMatchObject({ me: { email: 'congan.lamha@hoanhap.local' } });
    }
  });

  it('refuses, with UNTRUSTED_DOCUMENT and HTTP 400, any other document: another selection, an alias, a fragment', async () => {
    const browser = new GqlClient(withManifest.url);
    await browser.login('congan.lamha@hoanhap.local');
    for (const text of [
      'query Me { me { email role } }',
      'query Me { who: me { email } }',
      'query Me { ...M } fragment M on Query { me { email } }',
      '{ returnees(first: 1) { totalCount } }',
      STATS,
    ]) {
      const res = await browser.request(text);
      expect(res.status, text).toBe(400);
      expect(res.data ?? null, text).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, text).toBe(UNTRUSTED_DOCUMENT);
      expect(res.errors?.[0]?.message).toMatch(/ \/ This operation is not part of the web app\.$/);
    }
  });

  it('refuses before execution: an untrusted logout leaves the session signed in', async () => {
    const browser = new GqlClient(withManifest.url);
    await browser.login('congan.lamha@hoanhap.local');
    const sessions = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM session'))[0].n);
    const before = await sessions();
    const refused = await browser.request('mutation Out { logout }');
    expect(refused.errors?.[0]?.extensions?.code).toBe(UNTRUSTED_DOCUMENT);
    expect(await sessions()).toBe(before);
    expect((await browser.request(ME)).data).toEqual({ me: { email: 'congan.lamha@hoanhap.local' } });
  });

  it('holds a service account to its allowed operations instead of the manifest', async () => {
    const admin = new GqlClient(dev.url);
    await admin.login('admin@hoanhap.local');
    const created = await admin.request<{ createServiceAccount: { key: string } }>(
      `mutation ($input: CreateServiceAccountInput!) { createServiceAccount(input: $input) { key } }`,
      {
        input: {
          name: 'Sở LĐ-TB&XH – thống kê',
          role: 'VIEWER',
          unitCode: 'lam-ha',
          allowedOperations: ['reintegrationStats'],
          agreementId: await createAgreement(admin, { allowedOperations: ['reintegrationStats'] }),
          expiresOn: '2027-06-01',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const auth = { authorization: `Bearer ${created.data?.createServiceAccount.key}` };
    const allowed = await post(withManifest.url, STATS, auth);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ reintegrationStats: { unit: { code: 'lam-ha' } } });
    const other = await post(withManifest.url, ME, auth);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('trusted documents without a manifest', () => {
  it('lets a production browser only sign in when the web app was built without one', async () => {
    const browser = new GqlClient(withoutManifest.url);
    expect((await browser.login('congan.lamha@hoanhap.local')).errors).toBeUndefined();
    const res = await browser.request(ME);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe(UNTRUSTED_DOCUMENT);
  });

  it('is off in development', async () => {
    const browser = new GqlClient(dev.url);
    await browser.login('congan.lamha@hoanhap.local');
    const res = await browser.request('query Anything { who: me { email role } }');
    expect(res.errors).toBeUndefined();
  });

  it('is off in production when this process serves no web app (API-only)', async () => {
    const browser = new GqlClient(apiOnly.url);
    await browser.login('congan.lamha@hoanhap.local');
    expect((await browser.request('query Anything { who: me { email } }')).errors).toBeUndefined();
  });
});

describe('the web build’s manifest', () => {
  const web = path.resolve(import.meta.dirname, '../../../web');

  it('hashes the same normal form as the API: print of the document without __typename', () => {
    expect(normaliseDocument('query Me { me { __typename email } }')).toBe(normaliseDocument(ME));
    expect(documentHash(ME)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.skipIf(!existsSync(path.join(web, 'dist/trusted-documents.json')))(
    'lists the web app’s Login, Me and Logout documents as written in auth.graphql',
    () => {
      const manifest = new Set(JSON.parse(readFileSync(path.join(web, 'dist/trusted-documents.json'), 'utf8')));
      const source = readFileSync(path.join(web, 'src/features/auth/auth.graphql'), 'utf8');
      const fragment = source.slice(source.indexOf('fragment CurrentUser'), source.indexOf('query Me'));
      const me = source.slice(source.indexOf('query Me'), source.indexOf('mutation Login'));
      const login = source.slice(source.indexOf('mutation Login'), source.indexOf('mutation Logout'));
      expect(manifest.has(documentHash(`${me}\n${fragment}`))).toBe(true);
      expect(manifest.has(documentHash(`${login}\n${fragment}`))).toBe(true);
      expect(manifest.has(documentHash('mutation Logout { logout }'))).toBe(true);
    },
  );
});
