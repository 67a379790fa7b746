import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { personArchiveJob } from '../../src/modules/person-file/person-archive.jobs.js';
import { personFileDocument } from '../../src/modules/person-file/person-file.document.js';
import { withDemoServer } from '../utils/demo-server.js';
import { withJobWorkers } from '../utils/job-workers.js';
import { expectBadInput, expectNotFound, expectRefused } from '../utils/assertions.js';
import { webDocument } from '../utils/web-documents.js';
import type { GqlClient } from '../utils/test-server.js';

/*
 * A person's whole file: everything the product holds on them, printed (the `personFile` query
 * the print page reads) or archived (a job writing person.json, its schema and the documents'
 * files to a .zip), for a stated purpose, in the officer's scope only, audited with the purpose.
 */
const { client, db, server, one } = withDemoServer();
const officer = client('officer');
const vanDau = client('vandau');
const helper = client('helper');
const viewer = client('viewer');
const committee = client('committee');
withJobWorkers(db, [personArchiveJob]);

const PURPOSE = 'Trả lời yêu cầu cung cấp thông tin của đương sự';
const SCHEMA = JSON.parse(readFileSync(new URL('../../../../docs/person-file.schema.json', import.meta.url), 'utf8'));
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);

let personId: string;
let personName: string;
let documentId: string;

beforeAll(async () => {
  // A Lãm Hà person with a judgment and a contact in the demo data.
  const person = await one<{ id: string; full_name: string }>(
    `SELECT r.id, r.full_name FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
      WHERE u.code = 'lam-ha' AND EXISTS (SELECT 1 FROM conviction c WHERE c.returnee_id = r.id)
        AND EXISTS (SELECT 1 FROM contact k WHERE k.returnee_id = r.id)
      ORDER BY r.full_name LIMIT 1`,
  );
  personId = person.id;
  personName = person.full_name;
  const res = await officer.request<{ recordDocument: { id: string } }>(
    `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
    {
      input: {
        kind: 'DECISION',
        numberSymbol: '07/QĐ-UBND',
        issuedOn: '2025-03-10',
        issuer: 'UBND phường Lãm Hà',
        title: 'Quyết định hỗ trợ học nghề',
        returneeId: personId,
        file: { name: 'quyết định 07.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') },
      },
    },
  );
  expect(res.errors).toBeUndefined();
  documentId = res.data?.recordDocument.id as string;
});

const FILE = `purpose producedAt producedBy { displayName }
  returnee { id fullName citizenId convictions { id judgmentNumber } contacts { id notes } }
  documents { id title file { name } }
  accessHistory { action purpose }`;
interface PersonFileAnswer {
  purpose: string;
  returnee: { id: string; fullName: string; citizenId: string | null; convictions: unknown[]; contacts: unknown[] };
  documents: Array<{ id: string; title: string; file: { name: string } | null }>;
  accessHistory: Array<{ action: string; purpose: string | null }>;
}
const readFile = (caller: GqlClient, id: string, purpose = PURPOSE) =>
  caller.request<{ personFile: PersonFileAnswer }>(
    `query ($id: ID!, $purpose: String!) { personFile(id: $id, purpose: $purpose) { ${FILE} } }`,
    { id, purpose },
  );

interface Archive {
  id: string;
  status: string;
  fileName: string | null;
  sha256: string | null;
  recordCount: number | null;
  documentCount: number | null;
  downloadUrl: string | null;
  failureReason: string | null;
}
const ARCHIVE = 'id status fileName sha256 recordCount documentCount downloadUrl failureReason';
const startArchive = (caller: GqlClient, returneeId: string, purpose = PURPOSE) =>
  caller.request<{ startPersonArchive: Archive }>(
    `mutation ($input: StartPersonArchiveInput!) { startPersonArchive(input: $input) { ${ARCHIVE} } }`,
    { input: { returneeId, purpose } },
  );

async function finished(caller: GqlClient, id: string): Promise<Archive> {
  const until = Date.now() + 30_000;
  for (;;) {
    const res = await caller.request<{ personArchive: Archive }>(
      `query ($id: ID!) { personArchive(id: $id) { ${ARCHIVE} } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const job = res.data?.personArchive as Archive;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
    if (Date.now() > until) throw new Error(`archive still ${job.status}`);
    await sleep(200);
  }
}

const download = (caller: GqlClient, url: string) =>
  fetch(`${server.url}${url}`, { headers: { cookie: caller.cookie ?? '' } });

describe('the whole file for printing', () => {
  it('is read by the print page with the archive’s own query, so the paper and person.json hold the same records', () => {
    expect(webDocument('PersonFile')).toBe(print(personFileDocument()));
  });

  it('holds the person, their judgments, contacts, documents and access history, and records the purpose', async () => {
    const res = await readFile(officer, personId);
    expect(res.errors).toBeUndefined();
    const file = res.data?.personFile as PersonFileAnswer;
    expect(file.purpose).toBe(PURPOSE);
    expect(file.returnee.fullName).toBe(personName);
    expect(file.returnee.convictions.length).toBeGreaterThan(0);
    expect(file.returnee.contacts.length).toBeGreaterThan(0);
    expect(file.documents).toEqual([
      { id: documentId, title: 'Quyết định hỗ trợ học nghề', file: { name: 'quyết định 07.pdf' } },
    ]);
    expect(file.accessHistory.map((e) => e.action)).toContain('recordDocument');

    const row = await one<{ fields: string[]; object_type: string; purpose: string }>(
      `SELECT a.fields, a.object_type, p.purpose FROM audit_event a JOIN person_file_read p ON p.id = a.object_id
        WHERE a.action = 'read:personFile' AND a.returnee_id = $1 ORDER BY a.id DESC LIMIT 1`,
      [personId],
    );
    expect(row).toEqual({
      fields: ['citizenId', 'convictions', 'notes'],
      object_type: 'PersonFileRead',
      purpose: PURPOSE,
    });
    // One row for the reading: its sensitive fields are not audited a second time.
    const { sensitive } = await one<{ sensitive: number }>(
      `SELECT count(*)::int AS sensitive FROM audit_event WHERE action = 'read:sensitive' AND returnee_id = $1`,
      [personId],
    );
    expect(sensitive).toBe(0);
    // The next reading's history shows this one, with its purpose.
    const again = await readFile(officer, personId);
    expect(again.data?.personFile.accessHistory).toContainEqual({ action: 'read:personFile', purpose: PURPOSE });
  });

  it('refuses a purpose under 10 characters, in Vietnamese first', async () => {
    const res = await readFile(officer, personId, '  ngắn  ');
    expectBadInput(res, 'purpose', 'TOO_SHORT');
    expect(res.errors?.[0]?.message).toMatch(/^Cần nêu rõ mục đích/);
  });

  it('is not found for an officer of another ward, and refused to helpers and viewers', async () => {
    expectNotFound(await readFile(vanDau, personId));
    expectRefused(await readFile(helper, personId), 'FORBIDDEN');
    expectRefused(await readFile(viewer, personId), 'FORBIDDEN');
  });
});

describe('a document linked to a person', () => {
  it('is among the unit’s documents for the officer only: other roles neither list nor download it', async () => {
    const QUERY = 'query { documents(first: 100) { edges { node { id } } } }';
    const mine = await officer.request<{
      documents: { edges: Array<{ node: { id: string } }> };
    }>(QUERY);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.documents.edges.map((e) => e.node.id)).toContain(documentId);
    const theirs = await committee.request<{
      documents: { edges: Array<{ node: { id: string } }> };
    }>(QUERY);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.documents.edges.map((e) => e.node.id)).not.toContain(documentId);
    const download = await fetch(`${server.url}/documents/${documentId}/file`, {
      headers: { cookie: committee.cookie ?? '' },
    });
    expect(download.status).toBe(404);
  });
});

describe('the whole file as an archive', () => {
  it('zips person.json valid against the published schema, the schema and each document’s file', async () => {
    const started = await startArchive(officer, personId);
    expect(started.errors).toBeUndefined();
    expect(started.data?.startPersonArchive.status).toBe('QUEUED');
    const job = await finished(officer, started.data?.startPersonArchive.id as string);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      documentCount: 1,
      downloadUrl: `/person-archives/${job.id}/file`,
    });
    expect(job.fileName).toMatch(/^ho-so-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.zip$/);

    const response = await download(officer, job.downloadUrl as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(job.sha256);
    const entries = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(entries).sort()).toEqual([
      `documents/${documentId}-quyết định 07.pdf`,
      'person.json',
      'schema.json',
    ]);
    expect(Buffer.compare(Buffer.from(entries[`documents/${documentId}-quyết định 07.pdf`] as Uint8Array), PDF)).toBe(
      0,
    );
    expect(JSON.parse(strFromU8(entries['schema.json'] as Uint8Array))).toEqual(SCHEMA);

    const person = JSON.parse(strFromU8(entries['person.json'] as Uint8Array));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const valid = ajv.validate(SCHEMA, person);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
    expect(person).toMatchObject({
      formatVersion: 1,
      purpose: PURPOSE,
      returnee: { id: personId, fullName: personName },
    });
    expect(person.returnee.convictions.length).toBeGreaterThan(0);
    expect(person.returnee.contacts.length).toBeGreaterThan(0);
    expect(person.returnee.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(job.recordCount).toBeGreaterThan(person.returnee.convictions.length + person.returnee.contacts.length);
  });

  it('goes to the person who asked alone, audited when asked, written with its counts and hash, and downloaded', async () => {
    const started = await startArchive(officer, personId);
    const job = await finished(officer, started.data?.startPersonArchive.id as string);
    const seen = await vanDau.request<{ personArchive: Archive | null }>(
      'query ($id: ID!) { personArchive(id: $id) { id } }',
      { id: job.id },
    );
    expect(seen.data?.personArchive).toBeNull();
    expect((await download(vanDau, job.downloadUrl as string)).status).toBe(404);
    expect((await fetch(`${server.url}${job.downloadUrl}`)).status).toBe(401);
    expect((await download(officer, job.downloadUrl as string)).status).toBe(200);

    const rows = await db.dataSource.query(
      `SELECT action, object_type, returnee_id, fields FROM audit_event
        WHERE (object_id = $1 OR (action = 'read:personFile' AND occurred_at >= (SELECT created_at FROM person_archive_job WHERE id = $1)))
          AND returnee_id = $2 ORDER BY id`,
      [job.id, personId],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      'startPersonArchive',
      'read:personFile',
      'writePersonArchive',
      'read:personArchive',
    ]);
    const written = rows.find((r: { action: string }) => r.action === 'writePersonArchive');
    expect(written.fields).toEqual(['purpose', `records:${job.recordCount}`, 'documents:1', `sha256:${job.sha256}`]);
    // The person's history says why, for the archive as for the print.
    const history = await readFile(officer, personId);
    expect(history.data?.personFile.accessHistory).toContainEqual({ action: 'writePersonArchive', purpose: PURPOSE });
  });

  it('refuses a short purpose, another ward’s person, helpers and viewers, without queueing anything', async () => {
    const before = await one<{ n: number }>('SELECT count(*)::int AS n FROM person_archive_job');
    expectBadInput(await startArchive(officer, personId, 'vì sao'), 'input.purpose', 'TOO_SHORT');
    expectNotFound(await startArchive(vanDau, personId));
    expectRefused(await startArchive(helper, personId), 'FORBIDDEN');
    expectRefused(await startArchive(viewer, personId), 'FORBIDDEN');
    const after = await one<{ n: number }>('SELECT count(*)::int AS n FROM person_archive_job');
    expect(after.n).toBe(before.n);
  });
});
