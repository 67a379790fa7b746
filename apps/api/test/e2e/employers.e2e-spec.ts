import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode } from '../utils/test-server.js';

const { db, clients, count } = withDemoServer();
const as = clients('officer', 'vandau', 'committee', 'helper', 'viewer');

const person = async (name: string) =>
  (await db.dataSource.query('SELECT id FROM returnee WHERE full_name = $1', [name]))[0].id as string;

const EMPLOYERS = `query { employers { id name contactPerson staffCount returneesOnStaff returneeShare meetsSocialPolicyBankShare
  jobOffers { title positions status } placements { startedOn contractMonths returnee { fullName } employmentPeriod { status } } } }`;
const REGISTER = `mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) {
  id name contactPerson phone address staffCount returneesOnStaff } }`;
const OFFER = `mutation ($input: RecordJobOfferInput!) { recordJobOffer(input: $input) {
  id employerId title positions wageMinVnd wageMaxVnd status offeredOn } }`;
const PLACE = `mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) {
  id startedOn contractMonths jobOfferId employmentPeriod { status employerName startedOn endedOn } } }`;

type Employer = {
  id: string;
  name: string;
  returneesOnStaff: number;
  returneeShare: number | null;
  meetsSocialPolicyBankShare: boolean;
  jobOffers: unknown[];
  placements: Array<{ returnee: { fullName: string } | null; employmentPeriod: { status: string } }>;
};

describe('the demo employer', () => {
  it('has two offers and two placements, and meets the 10% share with 2 returnees among 18 staff', async () => {
    const res = await as.committee.request<{ employers: Employer[] }>(EMPLOYERS);
    expect(res.errors).toBeUndefined();
    const [e] = res.data?.employers ?? [];
    expect(e).toMatchObject({ name: 'Công ty TNHH May mặc Kiến An', returneesOnStaff: 2, returneeShare: 0.1111 });
    expect(e?.meetsSocialPolicyBankShare).toBe(true);
    expect(e?.jobOffers).toHaveLength(2);
    expect(e?.placements.map((p) => [p.returnee?.fullName, p.employmentPeriod.status])).toEqual([
      ['Đỗ Minh Châu', 'UNSTABLE'],
      ['Hoàng Văn Bình', 'STABLE'],
    ]);
  });

  it('shows a helper the employer and its offers, but not who was placed', async () => {
    const res = await as.helper.request<{ employers: Employer[]; jobOffers: unknown[] }>(
      `query { employers { name placements { id } jobOffers { title } } jobOffers(status: OPEN) { title } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.employers[0]).toMatchObject({ placements: [], jobOffers: [{}, {}] });
    expect(res.data?.jobOffers).toHaveLength(2);
    expect((await as.vandau.request<{ employers: unknown[] }>('query { employers { id } }')).data?.employers).toEqual(
      [],
    );
  });
});

let employerId = '';
let offerId = '';

describe('registerEmployer', () => {
  it('creates an EMPLOYER organisation with its profile, and audits the field names', async () => {
    const res = await as.committee.request<{ registerEmployer: { id: string } }>(REGISTER, {
      input: { name: 'Xưởng cơ khí Lãm Hà', contactPerson: 'Ông Phan Văn Tài', phone: '0912 345 678', staffCount: 10 },
    });
    expect(res.errors).toBeUndefined();
    employerId = res.data?.registerEmployer.id ?? '';
    const [org] = await db.dataSource.query('SELECT kind FROM organisation WHERE id = $1', [employerId]);
    expect(org.kind).toBe('EMPLOYER');
    const [audit] = await db.dataSource.query(`SELECT fields FROM audit_event WHERE action = 'registerEmployer'`);
    expect(audit.fields).toEqual(['name', 'contactPerson', 'phone', 'staffCount']);
  });

  it.each([
    [{ name: 'Xưởng cơ khí Lãm Hà' }, 'input.name', 'DUPLICATE'],
    [{ name: 'Công an phường Lãm Hà' }, 'input.name', 'DUPLICATE'],
    [{ phone: 'gọi tôi' }, 'input.phone', 'INVALID_PHONE'],
    [{ staffCount: -3 }, 'input.staffCount', 'OUT_OF_RANGE'],
  ])('refuses %j, naming the field, and writes nothing', async (change, field, reason) => {
    const before = [await count('organisation'), await count('employer_profile')];
    const res = await as.officer.request(REGISTER, { input: { name: 'Doanh nghiệp mới', ...change } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect([await count('organisation'), await count('employer_profile')]).toEqual(before);
  });

  it('is refused to helpers and viewers', async () => {
    expect(errorCode(await as.helper.request(REGISTER, { input: { name: 'Doanh nghiệp H' } }))).toBe('FORBIDDEN');
    expect(errorCode(await as.viewer.request(REGISTER, { input: { name: 'Doanh nghiệp V' } }))).toBe('FORBIDDEN');
  });
});

describe('recordJobOffer', () => {
  it('records an open offer with its wage band', async () => {
    const res = await as.officer.request<{ recordJobOffer: { id: string } }>(OFFER, {
      input: {
        employerId,
        title: 'Thợ hàn',
        positions: 2,
        wageMinVnd: '7000000',
        wageMaxVnd: '9000000',
        offeredOn: '2026-01-05',
      },
    });
    expect(res.errors).toBeUndefined();
    offerId = res.data?.recordJobOffer.id ?? '';
    expect(res.data?.recordJobOffer).toMatchObject({ status: 'OPEN', positions: 2, wageMaxVnd: '9000000' });
    const [audit] = await db.dataSource.query(`SELECT fields FROM audit_event WHERE action = 'recordJobOffer'`);
    expect(audit.fields).toEqual(['employerId', 'title', 'positions', 'wageMinVnd', 'wageMaxVnd', 'offeredOn']);
  });

  it.each([
    [{ positions: 0 }, 'input.positions', 'OUT_OF_RANGE'],
    [{ wageMinVnd: '9000000', wageMaxVnd: '7000000' }, 'input.wageMaxVnd', 'BELOW_MIN'],
    [{ wageMinVnd: '-5' }, 'input.wageMinVnd', 'INVALID_AMOUNT'],
    [{ offeredOn: '2999-01-01' }, 'input.offeredOn', 'IN_FUTURE'],
  ])('refuses %j, naming the field, and writes nothing', async (change, field, reason) => {
    const before = await count('job_offer');
    const res = await as.officer.request(OFFER, {
      input: { employerId, title: 'Thợ tiện', positions: 1, offeredOn: '2026-01-05', ...change },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('job_offer')).toBe(before);
  });

  it('treats an employer of another ward, or a non-employer organisation, as missing', async () => {
    const input = { employerId, title: 'Thợ tiện', positions: 1, offeredOn: '2026-01-05' };
    expect(errorCode(await as.vandau.request(OFFER, { input }))).toBe('NOT_FOUND');
    const [police] = await db.dataSource.query(`SELECT id FROM organisation WHERE name = 'Công an phường Lãm Hà'`);
    expect(errorCode(await as.officer.request(OFFER, { input: { ...input, employerId: police.id } }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('recordPlacement', () => {
  it('places a person and opens a STABLE period for a contract of 12 months or more, in one transaction', async () => {
    const returneeId = await person('Ngô Thị Yến');
    // End the current period first, through the employment module's own mutation.
    const [open] = await db.dataSource.query(
      'SELECT id, version FROM employment_period WHERE returnee_id = $1 AND ended_on IS NULL',
      [returneeId],
    );
    const ended = await as.officer.request(
      `mutation ($input: EndEmploymentPeriodInput!) { endEmploymentPeriod(input: $input) { id } }`,
      { input: { employmentPeriodId: open.id, endedOn: '2026-01-31', version: open.version } },
    );
    expect(ended.errors).toBeUndefined();
    const res = await as.committee.request<{ recordPlacement: Record<string, unknown> & { id: string } }>(PLACE, {
      input: { employerId, jobOfferId: offerId, returneeId, startedOn: '2026-02-01', contractMonths: 12 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordPlacement).toMatchObject({
      startedOn: '2026-02-01',
      contractMonths: 12,
      employmentPeriod: {
        status: 'STABLE',
        employerName: 'Xưởng cơ khí Lãm Hà',
        startedOn: '2026-02-01',
        endedOn: null,
      },
    });
    const audit = await db.dataSource.query(
      `SELECT action, fields FROM audit_event WHERE returnee_id = $1 AND action IN ('recordPlacement', 'recordEmploymentPeriod') ORDER BY id`,
      [returneeId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['recordEmploymentPeriod', 'recordPlacement']);
    expect(audit[1].fields).toEqual(['employerId', 'jobOfferId', 'returneeId', 'startedOn', 'contractMonths']);
    const e = await as.committee.request<{ employers: Employer[] }>(EMPLOYERS);
    expect(e.data?.employers.find((x) => x.id === employerId)).toMatchObject({
      returneesOnStaff: 1,
      returneeShare: 0.1,
    });
  });

  it('counts a short or missing contract as UNSTABLE work', async () => {
    const returneeId = await person('Nguyễn Văn Đức');
    await db.dataSource.query(
      `UPDATE employment_period SET ended_on = '2026-02-28' WHERE returnee_id = $1 AND ended_on IS NULL`,
      [returneeId],
    );
    const res = await as.officer.request<{ recordPlacement: { employmentPeriod: { status: string } } }>(PLACE, {
      input: { employerId, returneeId, startedOn: '2026-03-01' },
    });
    expect(res.data?.recordPlacement.employmentPeriod.status).toBe('UNSTABLE');
  });

  it.each([
    ['a start overlapping the current period', 'Lê Hoàng Nam', {}, 'input.startedOn', 'OVERLAP'],
    [
      'a start before the person returned',
      'Trần Quang Khải',
      { startedOn: '2024-01-01' },
      'input.startedOn',
      'BEFORE_RETURN',
    ],
    ['a start in the future', 'Lê Hoàng Nam', { startedOn: '2999-01-01' }, 'input.startedOn', 'IN_FUTURE'],
    ['a contract of 0 months', 'Lê Hoàng Nam', { contractMonths: 0 }, 'input.contractMonths', 'OUT_OF_RANGE'],
    ['an offer of another employer', 'Lê Hoàng Nam', { jobOfferId: 'DEMO_OFFER' }, 'input.jobOfferId', 'NOT_FOUND'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, name, change, field, reason) => {
    const c = { ...change } as Record<string, unknown>;
    if (c.jobOfferId === 'DEMO_OFFER') {
      c.jobOfferId = (await db.dataSource.query(`SELECT id FROM job_offer WHERE title = 'Công nhân may'`))[0].id;
    }
    const before = [await count('placement'), await count('employment_period')];
    const res = await as.officer.request(PLACE, {
      input: { employerId, returneeId: await person(name), startedOn: '2026-04-01', contractMonths: 12, ...c },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect([await count('placement'), await count('employment_period')]).toEqual(before);
  });

  it('refuses a closed offer', async () => {
    const closed = await as.officer.request<{ recordJobOffer: { id: string } }>(OFFER, {
      input: { employerId, title: 'Bảo vệ', positions: 1, status: 'CLOSED', offeredOn: '2026-01-05' },
    });
    const res = await as.officer.request(PLACE, {
      input: {
        employerId,
        jobOfferId: closed.data?.recordJobOffer.id,
        returneeId: await person('Lê Hoàng Nam'),
        startedOn: '2026-04-01',
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'input.jobOfferId', reason: 'CLOSED' });
  });

  it('cannot place a person of another ward (NOT_FOUND), and helpers cannot place anyone', async () => {
    const vandauPerson = await person('Phạm Thị Thảo');
    const res = await as.officer.request(PLACE, {
      input: { employerId, returneeId: vandauPerson, startedOn: '2026-04-01' },
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const helper = await as.helper.request(PLACE, {
      input: { employerId, returneeId: await person('Lê Hoàng Nam'), startedOn: '2026-04-01' },
    });
    expect(errorCode(helper)).toBe('FORBIDDEN');
  });
});
