import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import type { GqlClient, TestServer } from '../utils/test-server.js';

/*
 * Hand-over between deployments (issue 13 §5): two deployments, each its own server and database
 * with its own key; the sender's officer exports a signed package, the receiver's administrator
 * trusts the sender's key, the receiver's officer previews and accepts it. Every refusal writes
 * nothing on the receiving side.
 */
const sender = withDemoServer({ deployment: { code: 'hai-phong' } });
const receiver = withDemoServer({ deployment: { code: 'ha-noi', keySecret: 'a-secret-of-at-least-32-characters!!' } });
const senderOfficer = sender.client('officer');
const senderAdmin = sender.client('admin');
const receiverOfficer = receiver.client('officer');
const receiverAdmin = receiver.client('admin');

const IDENTITY = `{ deploymentIdentity { code publicKey } }`;
const REGISTER = `mutation ($input: RegisterPartnerDeploymentInput!) { registerPartnerDeployment(input: $input) { id code revokedAt } }`;
const EXPORT = `mutation ($input: ExportCasePackageInput!) { exportCasePackage(input: $input) { packageId fileName content } }`;
const ACCEPT = `mutation ($input: AcceptCasePackageInput!) { acceptCasePackage(input: $input) { id fullName unit { code } } }`;
const REASON = 'Người này chuyển về sinh sống tại Hà Nội theo đơn trình báo';

async function preview(server: TestServer, client: GqlClient, body: string) {
  const res = await fetch(`${server.url}/case-packages/preview`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** The receiving database's rows a refusal must leave as they were. */
const receiverCounts = () =>
  Promise.all([
    receiver.count('case_package'),
    receiver.count('returnee'),
    receiver.count('task'),
    receiver.count('audit_event'),
  ]);

async function exportPerson(personId: string) {
  const res = await senderOfficer.request<{ exportCasePackage: { packageId: string; content: string } }>(EXPORT, {
    input: {
      returneeId: personId,
      toDeploymentCode: 'ha-noi',
      toUnitName: 'Phường Lãm Hà (Hà Nội)',
      handedOverOn: '2026-01-15',
      reason: REASON,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.exportCasePackage;
}

let personId: string;
let citizenId: string;
let pkgText: string;
let pkgId: string;

beforeAll(async () => {
  await senderOfficer.signIn();
  await receiverOfficer.signIn();
  const person = await sender.one<{ id: string; citizen_id: string }>(
    `SELECT r.id, r.citizen_id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
      WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED' AND r.citizen_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM conviction c WHERE c.returnee_id = r.id)
        AND NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id)
      ORDER BY r.full_name LIMIT 1`,
  );
  personId = person.id;
  citizenId = person.citizen_id;
  // The officer opens the case file first: the package's audit summary then has a row to count.
  await senderOfficer.request(`query ($id: ID!) { returnee(id: $id) { id } }`, { id: personId });
  const exported = await exportPerson(personId);
  pkgText = exported.content;
  pkgId = exported.packageId;
});

describe('the sender', () => {
  it('signs a package holding the records, open tasks and an audit summary without who did what', () => {
    const pkg = JSON.parse(pkgText);
    expect(pkg).toMatchObject({ format: 'hoanhap-case-package', version: 1, id: pkgId, from: { code: 'hai-phong' } });
    expect(pkg.to).toMatchObject({ code: 'ha-noi' });
    expect(pkg.person.citizenId).toBe(citizenId);
    expect(pkg.person.convictions.length).toBeGreaterThan(0);
    expect(pkg.auditSummary.byAction['read:returnee']).toBeGreaterThanOrEqual(1);
    expect(pkg.auditSummary.total).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(pkg.auditSummary)).not.toContain('actor');
    expect(pkg.accessHistory).toBeUndefined();
    expect(Buffer.from(pkg.signature, 'base64')).toHaveLength(64);
  });

  it('records the hand-over as a transfer out: no unit, the other deployment, audited; a second export is refused', async () => {
    const transfer = await sender.one<{ to_unit_id: string | null; to_deployment_code: string }>(
      'SELECT to_unit_id, to_deployment_code FROM case_transfer WHERE returnee_id = $1',
      [personId],
    );
    expect(transfer).toEqual({ to_unit_id: null, to_deployment_code: 'ha-noi' });
    expect(await sender.count('task WHERE returnee_id = $1 AND completed_at IS NULL', [personId])).toBe(0);
    expect((await sender.audits('exportCasePackage')).map((a) => a.object_id)).toEqual([pkgId]);
    const again = await senderOfficer.request(EXPORT, {
      input: {
        returneeId: personId,
        toDeploymentCode: 'ha-noi',
        toUnitName: 'x',
        handedOverOn: '2026-01-16',
        reason: REASON,
      },
    });
    expect(again.errors?.[0]?.extensions?.reason).toBe('ALREADY_HANDED_OVER');
  });

  it('counts the person out of the ward’s figures from the hand-over day', async () => {
    const stats = `query ($d: LocalDate!) { reintegrationStats(unitCode: "lam-ha", returnedSince: "2000-01-01", asOf: $d) {
      returned { total } inCaseload { total } } }`;
    const figures = async (d: string) => {
      const res = await senderAdmin.request<any>(stats, { d });
      expect(res.errors).toBeUndefined();
      return res.data.reintegrationStats;
    };
    const before = await figures('2026-01-14');
    const after = await figures('2026-01-15');
    // As a hand-over to a unit outside the ward: still in the cohort of its returns, out of its caseload.
    expect(after.returned.total).toBe(before.returned.total);
    expect(after.inCaseload.total).toBe(before.inCaseload.total - 1);
  });
});

describe('the receiver refuses, writing nothing', () => {
  it('a package from a deployment it has not registered', async () => {
    const before = await receiverCounts();
    const res = await preview(receiver.server, receiverOfficer, pkgText);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.reason).toBe('PACKAGE_UNKNOWN_SENDER');
    expect(await receiverCounts()).toEqual(before);
  });

  it('after its administrator registers the sender: a tampered byte, no signature, malformed, another address', async () => {
    const { data } = await senderAdmin.request<any>(IDENTITY);
    expect(data.deploymentIdentity.code).toBe('hai-phong');
    const reg = await receiverAdmin.request<any>(REGISTER, {
      input: { code: 'hai-phong', name: 'Công an TP Hải Phòng', publicKey: data.deploymentIdentity.publicKey },
    });
    expect(reg.errors).toBeUndefined();
    expect((await receiver.audits('registerPartnerDeployment')).length).toBe(1);

    const before = await receiverCounts();
    const tampered = pkgText.replace(`"citizenId": "${citizenId}"`, `"citizenId": "${citizenId.slice(0, -1)}9"`);
    expect(tampered).not.toBe(pkgText);
    const unsigned = JSON.stringify({ ...JSON.parse(pkgText), signature: undefined });
    const elsewhere = JSON.stringify({ ...JSON.parse(pkgText), to: { code: 'da-nang' } });
    const reasons = [];
    for (const body of [tampered, unsigned, '{"format":"x"}', 'not json', elsewhere]) {
      reasons.push((await preview(receiver.server, receiverOfficer, body)).body.errors[0].extensions.reason);
    }
    // A changed address breaks the signature too: it is reported as tampering.
    expect(reasons).toEqual([
      'PACKAGE_TAMPERED',
      'PACKAGE_UNSIGNED',
      'PACKAGE_MALFORMED',
      'PACKAGE_MALFORMED',
      'PACKAGE_TAMPERED',
    ]);
    expect(await receiverCounts()).toEqual(before);
  });

  it('a correctly signed package addressed to another deployment', async () => {
    // The sender signs one for Đà Nẵng; the receiver trusts the sender but is not Đà Nẵng.
    const other = await sender.one<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
        WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED' AND r.id <> $1
          AND NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id) ORDER BY r.full_name LIMIT 1`,
      [personId],
    );
    const res = await senderOfficer.request<any>(EXPORT, {
      input: {
        returneeId: other.id,
        toDeploymentCode: 'da-nang',
        toUnitName: 'Đà Nẵng',
        handedOverOn: '2026-01-15',
        reason: REASON,
      },
    });
    expect(res.errors).toBeUndefined();
    const before = await receiverCounts();
    const refused = await preview(receiver.server, receiverOfficer, res.data.exportCasePackage.content);
    expect(refused.body.errors[0].extensions.reason).toBe('PACKAGE_WRONG_ADDRESS');
    expect(await receiverCounts()).toEqual(before);
  });
});

describe('the receiver accepts', () => {
  it('previews the person matched on record by identity number, accepts once, and refuses the replay', async () => {
    const shown = await preview(receiver.server, receiverOfficer, pkgText);
    expect(shown.status).toBe(200);
    const receiverPerson = await receiver.one<{ id: string }>('SELECT id FROM returnee WHERE citizen_id = $1', [
      citizenId,
    ]);
    expect(shown.body.match).toMatchObject({ kind: 'EXISTING', returneeId: receiverPerson.id });
    expect(shown.body.from).toEqual({ code: 'hai-phong', name: 'Công an TP Hải Phòng' });

    const accepted = await receiverOfficer.request<any>(ACCEPT, {
      input: { packageId: pkgId, match: 'EXISTING', returneeId: receiverPerson.id, unitCode: 'lam-ha' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptCasePackage.id).toBe(receiverPerson.id);
    const audits = await receiver.audits('acceptCasePackage');
    expect(audits.map((a) => a.object_id)).toEqual([pkgId]);
    expect(audits[0]?.fields).toContain('from:hai-phong');

    const before = await receiverCounts();
    const replay = await preview(receiver.server, receiverOfficer, pkgText);
    expect(replay.body.errors[0].extensions.reason).toBe('PACKAGE_ALREADY_ACCEPTED');
    const again = await receiverOfficer.request<any>(ACCEPT, {
      input: { packageId: pkgId, match: 'EXISTING', returneeId: receiverPerson.id, unitCode: 'lam-ha' },
    });
    expect(again.errors?.[0]?.extensions?.reason).toBe('PACKAGE_ALREADY_ACCEPTED');
    expect(await receiverCounts()).toEqual(before);
  });

  it('registers a person new to this deployment with their judgments, releases and open tasks', async () => {
    const fresh = await sender.one<{ id: string; citizen_id: string }>(
      `SELECT r.id, r.citizen_id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
        WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED' AND r.citizen_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM release l WHERE l.returnee_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id) ORDER BY r.full_name DESC LIMIT 1`,
    );
    // Unknown on the receiving side: that deployment never had this person.
    await receiver.sql('DELETE FROM returnee WHERE citizen_id = $1', [fresh.citizen_id]);
    const exported = await exportPerson(fresh.id);
    const shown = await preview(receiver.server, receiverOfficer, exported.content);
    expect(shown.body.match.kind).toBe('NEW');
    const accepted = await receiverOfficer.request<any>(ACCEPT, {
      input: { packageId: exported.packageId, match: 'NEW', unitCode: 'lam-ha' },
    });
    expect(accepted.errors).toBeUndefined();
    const id = accepted.data.acceptCasePackage.id;
    const pkg = JSON.parse(exported.content);
    expect(await receiver.count('release WHERE returnee_id = $1', [id])).toBe(pkg.person.releases.length);
    expect(await receiver.count('conviction WHERE returnee_id = $1', [id])).toBe(pkg.person.convictions.length);
    expect(await receiver.count('task WHERE returnee_id = $1 AND completed_at IS NULL', [id])).toBe(
      pkg.openTasks.length,
    );
    expect(await receiver.count('returnee WHERE citizen_id = $1', [fresh.citizen_id])).toBe(1);
  });

  it('refuses a sender whose key was revoked', async () => {
    const other = await sender.one<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
        WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED'
          AND NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id) ORDER BY r.full_name LIMIT 1`,
    );
    const exported = await exportPerson(other.id);
    const { id } = await receiver.one<{ id: string }>(`SELECT id FROM partner_deployment WHERE code = 'hai-phong'`);
    const revoked = await receiverAdmin.request<any>(
      `mutation ($id: ID!) { revokePartnerDeployment(id: $id) { revokedAt } }`,
      { id },
    );
    expect(revoked.errors).toBeUndefined();
    const before = await receiverCounts();
    const res = await preview(receiver.server, receiverOfficer, exported.content);
    expect(res.body.errors[0].extensions.reason).toBe('PACKAGE_SENDER_REVOKED');
    expect(await receiverCounts()).toEqual(before);
  });
});
