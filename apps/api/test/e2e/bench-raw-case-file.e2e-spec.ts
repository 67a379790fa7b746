import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerChild, startRaw } from '../../src/bench/run/children.js';
import { assertSameContent } from '../../src/bench/run/compare.js';
import { webDocument } from '../../src/bench/run/documents.js';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';

// W2's reference against the product, person by person on the demo data: the bench compares one
// person only, whose file may leave some of the tabs empty.
const demo = withDemoServer({
  logins: ['officer'],
  // What no demo person has: other names, family contacts (one without a phone), an incident and
  // a hand-over from another unit, given to the officer's first person.
  seed: async ({ sql }) => {
    await sql(
      `WITH person AS (
         SELECT r.id, r.unit_id FROM returnee r JOIN app_user u ON r.unit_id = u.unit_id
         WHERE u.email = $1 ORDER BY r.search_name, r.id LIMIT 1
       ), named AS (
         UPDATE returnee r SET other_names = ARRAY['Tý', 'Tèo'], family_contacts = $2::jsonb FROM person p WHERE r.id = p.id
       ), incident AS (
         INSERT INTO incident (returnee_id, kind, occurred_on, note, version)
         SELECT p.id, (enum_range(NULL::incident_kind))[1], '2024-03-02', 'Ghi chú', 1 FROM person p
       )
       INSERT INTO case_transfer (returnee_id, from_unit_id, to_unit_id, transferred_on, reason, version)
       SELECT p.id, (SELECT id FROM administrative_unit WHERE id <> p.unit_id ORDER BY code LIMIT 1), p.unit_id,
         '2023-11-20', 'Chuyển nơi cư trú', 1 FROM person p`,
      [
        DEMO_ACCOUNTS.officer,
        JSON.stringify([
          { name: 'Nguyễn Thị Hoa', relation: 'Mẹ', phone: '0912345678' },
          { name: 'Trần Văn Nam', relation: 'Anh trai' },
        ]),
      ],
    );
  },
});
const { db, sql, one } = demo;
let raw: ServerChild;

beforeAll(async () => {
  raw = await startRaw({ databaseUrl: db.url });
});
afterAll(async () => {
  await raw?.stop();
});

type AuditRow = Record<string, unknown>;
/** The audit rows written after `after`, without what differs by nature (their id, time and request). */
const auditsAfter = (after: string) =>
  sql<AuditRow>(
    `SELECT actor_id, actor_role, action, object_type, object_id, returnee_id, fields FROM audit_event
     WHERE id > $1 ORDER BY id`,
    [after],
  );
const lastAudit = async () =>
  String((await one<{ id: string | null }>('SELECT max(id) AS id FROM audit_event')).id ?? 0);

describe('the reference case file (pnpm bench W2)', () => {
  it('answers what the product answers an officer, for each person, and writes the same audit row', async () => {
    const officer = await one<{ id: string; role: string; unit_id: string }>(
      'SELECT id, role, unit_id FROM app_user WHERE email = $1',
      [DEMO_ACCOUNTS.officer],
    );
    const actor = { userId: officer.id, role: officer.role, unitId: officer.unit_id };
    const people = await sql<{ id: string; in_scope: boolean }>(
      `SELECT r.id, r.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $1) AS in_scope
       FROM returnee r ORDER BY r.search_name, r.id`,
      [officer.unit_id],
    );
    expect(people.some((p) => !p.in_scope)).toBe(true);
    const query = webDocument('ReturneeDetail');
    const [parts, filled] = [new Set<string>(), new Set<string>()];
    for (const person of people) {
      const before = await lastAudit();
      const product = await demo.client('officer').request(query, { id: person.id });
      expect(product.errors).toBeUndefined();
      const productAudit = await auditsAfter(before);
      const middle = await lastAudit();
      const response = await fetch(raw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ op: 'ReturneeDetail', variables: { id: person.id, actor } }),
      });
      const reference = (await response.json()) as { data: unknown };
      assertSameContent(`ReturneeDetail ${person.id}`, product.data, reference.data);
      // One read:returnee row each, naming the same sensitive fields; none for a person out of scope.
      expect(productAudit).toHaveLength(person.in_scope ? 1 : 0);
      expect(await auditsAfter(middle)).toEqual(productAudit);
      const file = (product.data as { returnee: Record<string, unknown> | null }).returnee;
      for (const [key, value] of Object.entries(file ?? {})) {
        parts.add(key);
        if (Array.isArray(value) ? value.length > 0 : value !== null) filled.add(key);
      }
    }
    // The demo people between them fill every part of the file, so each part was compared.
    expect(parts.size).toBeGreaterThan(20);
    expect([...parts].filter((k) => !filled.has(k))).toEqual([]);
  }, 120_000);
});
