import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFileRoute } from '../../src/modules/committee/documents/document-file.route.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';
import { testContextFactory } from '../utils/system-context.js';

const { db, clients, count } = withDemoServer();
let fileServer: Server;
let fileUrl = '';
const as = clients('officer', 'vandau', 'committee', 'helper', 'viewer');

beforeAll(async () => {
  // The route mounted as server.ts should mount it, with the test server's cookie settings.
  const app = express();
  app.get('/documents/:id/file', documentFileRoute(testContextFactory(db.dataSource)));
  fileServer = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => fileServer.once('listening', resolve));
  fileUrl = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => fileServer?.close(resolve));
});

const RECORD = `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) {
  id kind numberSymbol issuedOn issuer title summary modelId file { name mimeType sizeBytes sha256 url } } }`;

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

const base = {
  kind: 'DECISION',
  numberSymbol: '77/QĐ-UBND',
  issuedOn: '2024-05-02',
  issuer: 'UBND phường Lãm Hà',
  title: 'Quyết định kiện toàn Ban Chỉ đạo',
};

let modelId = '';
let docId = '';

describe('recordDocument', () => {
  it('records a document with its file, links it to the model and audits the field names', async () => {
    [{ id: modelId }] = await db.dataSource.query('SELECT id FROM reintegration_model');
    const res = await as.officer.request<{ recordDocument: Record<string, unknown> & { id: string } }>(RECORD, {
      input: {
        ...base,
        modelId,
        summary: 'Minh họa',
        file: { name: 'quyet-dinh.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') },
      },
    });
    expect(res.errors).toBeUndefined();
    docId = res.data?.recordDocument.id ?? '';
    expect(res.data?.recordDocument).toMatchObject({
      kind: 'DECISION',
      numberSymbol: '77/QĐ-UBND',
      modelId,
      file: {
        name: 'quyet-dinh.pdf',
        mimeType: 'application/pdf',
        sizeBytes: PDF.length,
        url: `/documents/${docId}/file`,
      },
    });
    const [stored] = await db.dataSource.query('SELECT content FROM document_file WHERE document_id = $1', [docId]);
    expect(Buffer.compare(stored.content, PDF)).toBe(0);
    const [audit] = await db.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'recordDocument' AND object_id = $1`,
      [docId],
    );
    expect(audit.fields).toEqual(['kind', 'numberSymbol', 'issuedOn', 'issuer', 'title', 'summary', 'modelId', 'file']);
  });

  const file = (name: string, mimeType: string, content: Buffer | string) => ({
    file: { name, mimeType, contentBase64: typeof content === 'string' ? content : content.toString('base64') },
  });
  it.each([
    [
      'a duplicate number of the same issuer and year',
      { numberSymbol: '77/QĐ-UBND' },
      'input.numberSymbol',
      'DUPLICATE',
    ],
    ['a date in the future', { issuedOn: '2999-01-01' }, 'input.issuedOn', 'IN_FUTURE'],
    ['an empty title', { title: '' }, 'input.title', 'REQUIRED'],
    [
      'a model of another ward or none',
      { modelId: '00000000-0000-4000-8000-000000000000' },
      'input.modelId',
      'NOT_FOUND',
    ],
    [
      'a file that is not base64',
      file('a.pdf', 'application/pdf', '%%%not base64'),
      'input.file.contentBase64',
      'INVALID_BASE64',
    ],
    [
      'an executable',
      file('a.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 program')),
      'input.file.contentBase64',
      'UNSUPPORTED_TYPE',
    ],
    [
      'HTML declared as a PDF',
      file('a.pdf', 'application/pdf', Buffer.from('<html><script>alert(1)</script>')),
      'input.file.contentBase64',
      'UNSUPPORTED_TYPE',
    ],
    ['a PNG declared as a PDF', file('a.pdf', 'application/pdf', PNG), 'input.file.mimeType', 'TYPE_MISMATCH'],
    ['a PNG named .pdf', file('a.pdf', 'image/png', PNG), 'input.file.name', 'TYPE_MISMATCH'],
    ['an empty file', file('a.pdf', 'application/pdf', ''), 'input.file.contentBase64', 'REQUIRED'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, field, reason) => {
    const before = [await count('document'), await count('document_file')];
    const res = await as.committee.request(RECORD, { input: { ...base, numberSymbol: '78/QĐ-UBND', ...change } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect([await count('document'), await count('document_file')]).toEqual(before);
  });

  it('refuses a file over 5 MB (checked by the service whatever the HTTP body limit)', async () => {
    const { checkFile } = await import('../../src/modules/committee/documents/document-file.js');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]);
    expect(() =>
      checkFile({ name: 'a.pdf', mimeType: 'application/pdf', contentBase64: big.toString('base64') }),
    ).toThrow(/5 MB/);
    const ok = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024 - 9)]);
    expect(
      checkFile({ name: 'A.PDF', mimeType: 'application/pdf', contentBase64: ok.toString('base64') }).sizeBytes,
    ).toBe(5 * 1024 * 1024);
  });

  it('is refused to helpers and viewers', async () => {
    expect(errorCode(await as.helper.request(RECORD, { input: base }))).toBe('FORBIDDEN');
    expect(errorCode(await as.viewer.request(RECORD, { input: base }))).toBe('FORBIDDEN');
  });
});

describe('GET /documents/:id/file', () => {
  const get = (id: string, client?: GqlClient) =>
    fetch(`${fileUrl}/documents/${id}/file`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  it('serves the file as an attachment to a signed-in reader in scope, and audits the download', async () => {
    for (const client of [as.officer, as.committee, as.viewer]) {
      const res = await get(docId, client);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="quyet-dinh.pdf"/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), PDF)).toBe(0);
    }
    const rows = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'downloadDocumentFile'`,
    );
    expect(rows[0].n).toBe(3);
  });

  it('answers the same 404 without a session, out of scope, to a helper, and for a missing file', async () => {
    const [noFile] = await db.dataSource.query(
      'SELECT d.id FROM document d WHERE NOT EXISTS (SELECT 1 FROM document_file f WHERE f.document_id = d.id) LIMIT 1',
    );
    for (const res of [
      await get(docId),
      await get(docId, as.vandau),
      await get(docId, as.helper),
      await get(noFile.id, as.officer),
      await get('not-a-uuid', as.officer),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('Not found');
    }
  });
});

describe('documents(filter, first, after)', () => {
  const LIST = `query ($f: DocumentFilter, $first: Int, $after: String) { documents(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind issuedOn } } } }`;
  type Page = {
    documents: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{ node: { id: string; kind: string; issuedOn: string } }>;
    };
  };

  it('pages through the ward’s documents newest first with keyset cursors', async () => {
    const all = await as.committee.request<Page>(LIST, { first: 100 });
    const total = all.data?.documents.totalCount ?? 0;
    expect(total).toBeGreaterThanOrEqual(8);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof as.committee.request<Page>>> = await as.committee.request<Page>(LIST, {
        first: 3,
        after,
      });
      seen.push(...(page.data?.documents.edges.map((e) => e.node.id) ?? []));
      if (!page.data?.documents.pageInfo.hasNextPage) break;
      after = page.data.documents.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data?.documents.edges.map((e) => e.node.id));
    const dates = all.data?.documents.edges.map((e) => e.node.issuedOn) ?? [];
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters by kind and model, and shows another ward nothing', async () => {
    const res = await as.officer.request<Page>(LIST, { f: { kind: ['DECISION'], modelId } });
    expect(res.data?.documents.edges.every((e) => e.node.kind === 'DECISION')).toBe(true);
    expect(res.data?.documents.totalCount).toBe(2);
    const other = await as.vandau.request<Page>(LIST, {});
    expect(other.data?.documents.totalCount).toBe(0);
    expect(errorCode(await as.helper.request(LIST, {}))).toBe('FORBIDDEN');
    expect((await as.officer.request(LIST, { after: 'garbage' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
