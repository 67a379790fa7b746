import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, clients, count, audits: auditOf, ids } = withDemoServer();
const as = clients('officer', 'vandau', 'committee', 'helper', 'viewer');
/*
 * The ward's steering committee: founded by its decision, exactly one head and at most one standing
 * deputy at a time, memberships ended into the history, and reach by ward and role.
 */
const orgs: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(orgs, await ids.organisations('lam-ha'));
});

const DOC = `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`;
const FOUND = `mutation ($input: FoundSteeringCommitteeInput!) { foundSteeringCommittee(input: $input) {
  id name termFrom members { role personName startedOn } foundingDecision { id } operatingRules { id } } }`;
const APPOINT = `mutation ($input: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $input) {
  id role personName startedOn endedOn } }`;
const END = `mutation ($input: EndCommitteeMembershipInput!) { endCommitteeMembership(input: $input) {
  id role endedOn endReason } }`;
const ROSTER = `query ($id: ID!, $on: LocalDate) { steeringCommittee(id: $id) {
  members(asOf: $on) { id role personName } history { role personName startedOn endedOn } } }`;

describe('the steering committee', () => {
  let decisionId = '';
  let rulesId = '';
  let committeeId = '';
  let headId = '';
  let deputyId = '';
  const seat = (role: string, personName: string, organisation = 'UBND phường Lãm Hà') => ({
    role,
    personName,
    title: 'Chức danh',
    organisationId: orgs[organisation],
  });

  beforeAll(async () => {
    const doc = async (kind: string, numberSymbol: string) =>
      (
        await as.committee.request<{ recordDocument: { id: string } }>(DOC, {
          input: { kind, numberSymbol, issuedOn: '2025-01-05', issuer: 'UBND phường', title: `Văn bản ${kind}` },
        })
      ).data?.recordDocument.id ?? '';
    decisionId = await doc('DECISION', '1/QĐ-UBND');
    rulesId = await doc('OPERATING_RULES', '2/QĐ-UBND');
  });

  it('is founded by its decision with exactly one head, and links its founding papers', async () => {
    const res = await as.committee.request<{
      foundSteeringCommittee: { id: string; members: Array<{ role: string; personName: string }> };
    }>(FOUND, {
      input: {
        name: 'Ban Chỉ đạo thử nghiệm',
        foundingDecisionId: decisionId,
        operatingRulesId: rulesId,
        termFrom: '2025-01-10',
        head: seat('HEAD', 'Trưởng ban A'),
        members: [seat('STANDING_DEPUTY', 'Phó ban B', 'Công an phường Lãm Hà'), seat('MEMBER', 'Thành viên C')],
      },
    });
    expect(res.errors).toBeUndefined();
    committeeId = res.data?.foundSteeringCommittee.id ?? '';
    expect(res.data?.foundSteeringCommittee.members.map((m) => [m.role, m.personName])).toEqual([
      ['HEAD', 'Trưởng ban A'],
      ['STANDING_DEPUTY', 'Phó ban B'],
      ['MEMBER', 'Thành viên C'],
    ]);
    const linked = await db.dataSource.query('SELECT count(*)::int AS n FROM document WHERE committee_id = $1', [
      committeeId,
    ]);
    expect(linked[0].n).toBe(2);
    expect((await auditOf('foundSteeringCommittee'))[0]?.fields).toEqual(
      expect.arrayContaining(['name', 'foundingDecisionId', 'head', 'members']),
    );
    const roster = await as.committee.request<{
      steeringCommittee: { members: Array<{ id: string; role: string }> };
    }>(ROSTER, { id: committeeId });
    headId = roster.data?.steeringCommittee.members.find((m) => m.role === 'HEAD')?.id ?? '';
    deputyId = roster.data?.steeringCommittee.members.find((m) => m.role === 'STANDING_DEPUTY')?.id ?? '';
  });

  it.each([
    [{ foundingDecisionId: 'RULES' }, 'input.foundingDecisionId', 'NOT_FOUND'],
    [{ head: { role: 'MEMBER' } }, 'input.head.role', 'NOT_HEAD'],
    [{ members: [{ role: 'HEAD' }] }, 'input.members.0.role', 'ROLE_TAKEN'],
    [{ members: [{ role: 'STANDING_DEPUTY' }, { role: 'STANDING_DEPUTY' }] }, 'input.members.1.role', 'ROLE_TAKEN'],
    [{ termTo: '2024-01-01' }, 'input.termTo', 'BEFORE_START'],
    [{ head: { organisationId: '00000000-0000-4000-8000-000000000000' } }, 'input.head.organisationId', 'NOT_FOUND'],
  ])('refuses to found with %j, naming the field, writing nothing', async (change, field, reason) => {
    const before = [await count('steering_committee'), await count('committee_member')];
    const c = change as Record<string, unknown>;
    const input = {
      name: 'Ban khác',
      foundingDecisionId: c.foundingDecisionId === 'RULES' ? rulesId : decisionId,
      termFrom: '2025-01-10',
      termTo: c.termTo,
      head: { ...seat('HEAD', 'Người A'), ...(c.head as object) },
      members: (c.members as Array<object> | undefined)?.map((m) => ({ ...seat('MEMBER', 'Người B'), ...m })),
    };
    const res = await as.committee.request(FOUND, { input });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect([await count('steering_committee'), await count('committee_member')]).toEqual(before);
  });

  it('refuses a second head or standing deputy while one serves (CONFLICT), writing nothing', async () => {
    const before = await count('committee_member');
    for (const role of ['HEAD', 'STANDING_DEPUTY']) {
      const res = await as.committee.request(APPOINT, {
        input: { committeeId, startedOn: '2025-03-01', ...seat(role, 'Người thứ hai') },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.role',
        reason: 'ROLE_TAKEN',
      });
    }
    expect(await count('committee_member')).toBe(before);
  });

  it('replaces the head: the predecessor ends the day before, and the roster as of any date keeps history', async () => {
    const res = await as.committee.request<{ appointCommitteeMember: { id: string } }>(APPOINT, {
      input: { committeeId, startedOn: '2025-06-01', replacesMemberId: headId, ...seat('HEAD', 'Trưởng ban D') },
    });
    expect(res.errors).toBeUndefined();
    const before = await as.committee.request<{
      steeringCommittee: { members: Array<{ personName: string; role: string }> };
    }>(ROSTER, { id: committeeId, on: '2025-05-31' });
    const after = await as.committee.request<{
      steeringCommittee: { members: Array<{ personName: string; role: string }> };
    }>(ROSTER, { id: committeeId, on: '2025-06-01' });
    expect(before.data?.steeringCommittee.members.filter((m) => m.role === 'HEAD').map((m) => m.personName)).toEqual([
      'Trưởng ban A',
    ]);
    expect(after.data?.steeringCommittee.members.filter((m) => m.role === 'HEAD').map((m) => m.personName)).toEqual([
      'Trưởng ban D',
    ]);
    const [old] = await db.dataSource.query('SELECT ended_on::text FROM committee_member WHERE id = $1', [headId]);
    expect(old.ended_on).toBe('2025-05-31');
    expect((await auditOf('appointCommitteeMember')).at(-1)?.fields).toEqual(
      expect.arrayContaining(['committeeId', 'startedOn', 'replacesMemberId', 'role', 'personName']),
    );
  });

  it('never leaves the committee without a head: ending the head is a CONFLICT', async () => {
    const roster = await as.committee.request<{ steeringCommittee: { members: Array<{ id: string; role: string }> } }>(
      ROSTER,
      { id: committeeId },
    );
    const head = roster.data?.steeringCommittee.members.find((m) => m.role === 'HEAD');
    const res = await as.committee.request(END, { input: { memberId: head?.id, endedOn: '2025-07-01' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HEAD_REQUIRED' });
  });

  it('ends a membership, keeps it in the history, then frees the standing deputy seat', async () => {
    const res = await as.officer.request<{ endCommitteeMembership: { endedOn: string } }>(END, {
      input: { memberId: deputyId, endedOn: '2025-08-31', endReason: 'Chuyển công tác' },
    });
    expect(res.data?.endCommitteeMembership).toMatchObject({ endedOn: '2025-08-31', endReason: 'Chuyển công tác' });
    const again = await as.officer.request(END, { input: { memberId: deputyId, endedOn: '2025-09-30' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_ENDED' });
    // Overlapping the old deputy's last day is still refused; the day after is free.
    const early = await as.committee.request(APPOINT, {
      input: { committeeId, startedOn: '2025-08-31', ...seat('STANDING_DEPUTY', 'Phó ban E') },
    });
    expect(errorCode(early)).toBe('CONFLICT');
    const ok = await as.committee.request(APPOINT, {
      input: { committeeId, startedOn: '2025-09-01', ...seat('STANDING_DEPUTY', 'Phó ban E') },
    });
    expect(ok.errors).toBeUndefined();
    const history = await as.committee.request<{ steeringCommittee: { history: Array<{ personName: string }> } }>(
      ROSTER,
      {
        id: committeeId,
      },
    );
    expect(history.data?.steeringCommittee.history.map((m) => m.personName)).toEqual(
      expect.arrayContaining(['Trưởng ban A', 'Trưởng ban D', 'Phó ban B', 'Phó ban E']),
    );
    expect((await auditOf('endCommitteeMembership'))[0]?.fields).toEqual(['memberId', 'endedOn', 'endReason']);
  });

  it.each([
    [{ startedOn: '2024-12-31' }, 'input.startedOn', 'OUTSIDE_TERM'],
    [{ replacesMemberId: '00000000-0000-4000-8000-000000000000' }, 'input.replacesMemberId', 'NOT_FOUND'],
  ])('refuses to appoint with %j, writing nothing', async (change, field, reason) => {
    const before = await count('committee_member');
    const res = await as.committee.request(APPOINT, {
      input: { committeeId, startedOn: '2025-10-01', ...seat('MEMBER', 'Người F'), ...change },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('committee_member')).toBe(before);
  });

  it('is out of reach of another ward (NOT_FOUND) and read-only for viewers and helpers', async () => {
    const input = { committeeId, startedOn: '2025-10-01', ...seat('MEMBER', 'Người G') };
    expect(errorCode(await as.vandau.request(APPOINT, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await as.viewer.request(APPOINT, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.helper.request(APPOINT, { input }))).toBe('FORBIDDEN');
    expect((await as.vandau.request(ROSTER, { id: committeeId })).data).toEqual({ steeringCommittee: null });
    expect(errorCode(await as.vandau.request(END, { input: { memberId: deputyId, endedOn: '2025-10-01' } }))).toBe(
      'NOT_FOUND',
    );
  });
});
