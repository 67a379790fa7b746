import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { gqlDoc } from '../utils/gql-doc.js';
import { GqlClient } from '../utils/test-server.js';

/*
 * Files larger than a GraphQL request may carry go up with PUT /documents/:id/file and come back
 * with GET on the same path, both on the real server, both behind the session and the unit scope.
 */
const { db, server, client, signIn } = withDemoServer();
const officer = client('officer');
let docId: string;

// A 3 MB PDF: far over the 100 kB GraphQL body limit, under the 5 MB file limit.
const BIG_PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(3 * 1024 * 1024, 0x20),
  Buffer.from('\n%%EOF\n'),
]);

const RECORD_MINUTES = gqlDoc<{ recordDocument: { id: string } }, Record<string, never>>(
  `mutation { recordDocument(input: { kind: MINUTES, numberSymbol: "01/BB-BCĐ", issuedOn: "2024-10-25",
      issuer: "Ban Chỉ đạo phường Lãm Hà", title: "Biên bản sơ kết 6 tháng" }) { id } }`,
);

beforeAll(async () => {
  const res = await officer.request(RECORD_MINUTES);
  expect(res.errors).toBeUndefined();
  docId = res.data?.recordDocument.id ?? '';
});

function upload(client: GqlClient, id: string, body: Buffer, type = 'application/pdf', name = 'biên bản sơ kết.pdf') {
  return fetch(`${server.url}/documents/${id}/file`, {
    method: 'PUT',
    headers: {
      'content-type': type,
      'x-file-name': encodeURIComponent(name),
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
    body: new Uint8Array(body),
  });
}

describe('document file upload', () => {
  it('stores a 3 MB PDF, audits it, and serves it back to the same unit', async () => {
    const res = await upload(officer, docId, BIG_PDF);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      fileName: 'biên bản sơ kết.pdf',
      mimeType: 'application/pdf',
      sizeBytes: BIG_PDF.length,
    });
    const audit = await db.dataSource.query(
      `SELECT fields FROM audit_event WHERE action = 'uploadDocumentFile' AND object_id = $1`,
      [docId],
    );
    expect(audit).toEqual([{ fields: ['file'] }]);
    const back = await fetch(`${server.url}/documents/${docId}/file`, { headers: { cookie: officer.cookie ?? '' } });
    expect(back.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await back.arrayBuffer()), BIG_PDF)).toBe(0);
  });

  it('refuses content that is not what it claims, with the field and reason', async () => {
    const res = await upload(officer, docId, Buffer.from('MZ not a pdf at all'), 'application/pdf');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_TYPE',
    });
  });

  it('refuses a file over 5 MB with 413', async () => {
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)]);
    expect((await upload(officer, docId, huge)).status).toBe(413);
  });

  it('answers 404 without a session, to a helper, and to another ward', async () => {
    expect((await upload(new GqlClient(server.url), docId, BIG_PDF)).status).toBe(404);
    const helper = await signIn('phunu.lamha@hoanhap.local');
    expect((await upload(helper, docId, BIG_PDF)).status).toBe(404);
    const vanDau = await signIn('congan.vandau@hoanhap.local');
    expect((await upload(vanDau, docId, BIG_PDF)).status).toBe(404);
    const download = await fetch(`${server.url}/documents/${docId}/file`, { headers: { cookie: vanDau.cookie ?? '' } });
    expect(download.status).toBe(404);
  });
});
