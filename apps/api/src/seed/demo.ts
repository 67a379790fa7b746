import {
  addDays,
  addMonths,
  CaseStatus,
  ClosureReason,
  EmploymentStatus,
  MainPenalty,
  normalizeName,
  OffenceSeverity,
  ReleaseType,
  Sex,
  todayInVietnam,
} from '@hoanhap/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';
import { hashPassword } from '../modules/auth/password.js';
import { User } from '../modules/auth/user.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { CaseClosure } from '../modules/lifecycle/case-closure.entity.js';
import { Conviction } from '../modules/judgments/conviction.entity.js';
import { EmploymentPeriod } from '../modules/employment/employment-period.entity.js';
import { Release } from '../modules/lifecycle/release.entity.js';
import { Returnee } from '../modules/returnees/returnee.entity.js';
import { AdministrativeUnit } from '../modules/units/administrative-unit.entity.js';
import { loadDemoCasework } from './demo-casework.js';
import { loadDemoCommittee } from './demo-committee.js';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people.js';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_UNITS } from './demo-units.js';

/** The article's date: the demo's numbers are stated for it. */
export const ARTICLE_DATE = '2024-04-25';

const PRISONS = ['Trại giam Xuân Nguyên', 'Trại giam Hoàng Tiến', 'Trại giam Ninh Khánh'];

/**
 * Loads the Lãm Hà demo in one transaction. Does nothing (and returns false) when it is already
 * there, so it can run at every start and as `pnpm seed:demo`.
 */
export async function loadDemoData(dataSource: DataSource, log: Logger): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (tx) => {
    // Serialise concurrent seeders (two API processes starting at once).
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['hoanhap-demo-seed']);
    if (await tx.getRepository(AdministrativeUnit).existsBy({ code: 'lam-ha' })) return false;
    const units = await insertUnits(tx);
    const organisations = await insertOrganisations(tx, units);
    await tx.getRepository(User).insert(
      DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        displayName: a.displayName,
        role: a.role,
        unitId: must(units.get(a.unit)),
        organisationId: a.organisation ? must(organisations.get(a.organisation)) : null,
        passwordHash,
      })),
    );
    for (const [i, person] of DEMO_PEOPLE.entries()) await insertPerson(tx, person, i, units);
    await loadDemoCasework(tx, must(units.get('lam-ha')));
    await loadDemoCommittee(tx, must(units.get('lam-ha')));
    log.info({ people: DEMO_PEOPLE.length, accounts: DEMO_ACCOUNTS.length }, 'demo data loaded');
    return true;
  });
}

async function insertUnits(tx: EntityManager): Promise<Map<string, string>> {
  const repo = tx.getRepository(AdministrativeUnit);
  const ids = new Map<string, string>();
  // Parents and successors come first in DEMO_UNITS.
  for (const u of DEMO_UNITS) {
    const saved = await repo.save(
      repo.create({
        code: u.code,
        name: u.name,
        level: u.level,
        validFrom: u.validFrom,
        validTo: u.validTo,
        note: u.note,
        parentId: u.parent ? must(ids.get(u.parent)) : null,
        successorId: u.successor ? must(ids.get(u.successor)) : null,
      }),
    );
    ids.set(u.code, saved.id);
  }
  return ids;
}

async function insertOrganisations(tx: EntityManager, units: Map<string, string>): Promise<Map<string, string>> {
  const repo = tx.getRepository(Organisation);
  const ids = new Map<string, string>();
  for (const o of DEMO_ORGANISATIONS) {
    const saved = await repo.save(repo.create({ name: o.name, kind: o.kind, unitId: must(units.get(o.unit)) }));
    ids.set(o.name, saved.id);
  }
  return ids;
}

async function insertPerson(tx: EntityManager, p: DemoPerson, i: number, units: Map<string, string>) {
  const releasedOn = addDays(p.returnedOn, -3);
  const completedOn = p.release === ReleaseType.PAROLE ? must(p.probationEndsOn) : releasedOn;
  const judgmentDate = addMonths(releasedOn, -p.prisonMonths + 4);
  const unitName = p.unit === 'lam-ha' ? 'phường Lãm Hà' : 'phường Văn Đẩu';

  const returnee = await tx.getRepository(Returnee).save(
    tx.getRepository(Returnee).create({
      unitId: must(units.get(p.unit)),
      fullName: p.fullName,
      searchName: normalizeName(p.fullName),
      otherNames: [],
      dateOfBirth: `${p.birthYear}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      sex: p.sex,
      citizenId: syntheticCitizenId(p, i),
      permanentAddress: `Tổ dân phố ${(i % 12) + 1}, ${unitName}, quận Kiến An, Hải Phòng`,
      currentAddress: `Tổ dân phố ${(i % 12) + 1}, ${unitName}, quận Kiến An, Hải Phòng`,
      residentialGroup: `Tổ dân phố ${(i % 12) + 1}`,
      returnedOn: p.returnedOn,
      status: p.closure
        ? CaseStatus.CLOSED
        : p.probationEndsOn && p.probationEndsOn >= todayInVietnam()
          ? CaseStatus.ON_PROBATION
          : CaseStatus.UNDER_SUPPORT,
    }),
  );
  const returneeId = returnee.id;

  await tx.getRepository(Conviction).insert({
    returneeId,
    court: p.prisonMonths >= 60 ? 'Tòa án nhân dân thành phố Hải Phòng' : 'Tòa án nhân dân quận Kiến An',
    judgmentNumber: `${20 + i}/${judgmentDate.slice(0, 4)}/HS-ST`,
    judgmentDate,
    penalCodeArticle: p.article,
    penalCodeChapter: p.chapter,
    severity:
      p.prisonMonths <= 36
        ? OffenceSeverity.LESS_SERIOUS
        : p.prisonMonths <= 84
          ? OffenceSeverity.SERIOUS
          : OffenceSeverity.VERY_SERIOUS,
    intentional: true,
    ageAtOffence: Number(judgmentDate.slice(0, 4)) - p.birthYear - 1,
    mainPenalty: MainPenalty.FIXED_TERM_IMPRISONMENT,
    prisonMonths: p.prisonMonths,
    mainPenaltyCompletedOn: completedOn,
  });

  await tx.getRepository(Release).insert({
    returneeId,
    type: p.release,
    certificateNumber: `${100 + i}/GCN-TG`,
    releasedOn,
    prison: PRISONS[i % PRISONS.length] ?? 'Trại giam Xuân Nguyên',
    probationEndsOn: p.probationEndsOn ?? null,
  });

  await tx.getRepository(EmploymentPeriod).insert(employmentHistory(p, i).map((e) => ({ ...e, returneeId })));

  if (p.closure) {
    const closedOn =
      p.closure.reason === ClosureReason.EXPUNGED
        ? addMonths(completedOn, waitingMonths(p.prisonMonths) + 1 + (i % 3))
        : p.closure.on;
    if (closedOn > ARTICLE_DATE) throw new Error(`demo data: ${p.fullName} would close after the article's date`);
    await tx.getRepository(CaseClosure).insert({
      returneeId,
      reason: p.closure.reason,
      closedOn,
      proofNumber: p.closure.reason === ClosureReason.EXPUNGED ? `${300 + i}/${closedOn.slice(0, 4)}/LLTP` : null,
      proofDate: p.closure.reason === ClosureReason.EXPUNGED ? addDays(closedOn, -5) : null,
    });
  }
}

/** Penal Code art. 70(2): 2 years after up to 5 years of prison, 3 years after over 5 up to 15. */
function waitingMonths(prisonMonths: number): number {
  return prisonMonths <= 60 ? 24 : prisonMonths <= 180 ? 36 : 60;
}

type Period = Pick<EmploymentPeriod, 'status' | 'startedOn' | 'endedOn' | 'employerName' | 'endReason'>;

const STABLE_JOBS = ['Công ty TNHH Cơ khí Kiến An (hợp đồng lao động)', 'Xưởng may Lãm Hà (hợp đồng 1 năm)'];
const UNSTABLE_JOBS = [
  'Phụ hồ theo công trình',
  'Chạy xe ôm công nghệ',
  'Bán hàng tại chợ Kiến An',
  'Làm thuê theo mùa vụ',
];

/**
 * A plausible history ending in the status the article counts: first weeks without work, then
 * casual work, and for some a stable job. Later changes (`laterStatus`) end the last period.
 */
function employmentHistory(p: DemoPerson, i: number): Period[] {
  const start = addDays(p.returnedOn, 7);
  const job = (status: EmploymentStatus) =>
    status === EmploymentStatus.STABLE
      ? (STABLE_JOBS[i % STABLE_JOBS.length] ?? null)
      : status === EmploymentStatus.UNSTABLE
        ? (UNSTABLE_JOBS[i % UNSTABLE_JOBS.length] ?? null)
        : null;
  const periods: Period[] = [];
  const open = (status: EmploymentStatus, startedOn: string) =>
    periods.push({ status, startedOn, endedOn: null, employerName: job(status), endReason: null });
  const closeLast = (endedOn: string, endReason: string) => {
    const last = periods[periods.length - 1];
    if (last) Object.assign(last, { endedOn, endReason });
  };

  if (p.statusOnArticleDate === EmploymentStatus.UNEMPLOYED) {
    open(EmploymentStatus.UNEMPLOYED, start);
  } else if (p.statusOnArticleDate === EmploymentStatus.UNSTABLE) {
    open(EmploymentStatus.UNEMPLOYED, start);
    closeLast(addDays(start, 59), 'Tìm được việc làm');
    open(EmploymentStatus.UNSTABLE, addDays(start, 60));
  } else {
    open(EmploymentStatus.UNSTABLE, start);
    closeLast(addMonths(start, 6), 'Chuyển sang việc làm ổn định');
    open(EmploymentStatus.STABLE, addDays(addMonths(start, 6), 1));
  }
  if (p.laterStatus) {
    closeLast(addDays(p.laterStatus.from, -1), 'Thay đổi việc làm');
    open(p.laterStatus.status, p.laterStatus.from);
  }
  return periods;
}

/** "000" is no province's code, so these can never be a real person's number. */
function syntheticCitizenId(p: DemoPerson, i: number): string {
  const centurySex = (p.birthYear >= 2000 ? 2 : 0) + (p.sex === Sex.FEMALE ? 1 : 0);
  const serial = String(100_000 + ((i * 7919) % 900_000)).padStart(6, '0');
  return `000${centurySex}${String(p.birthYear % 100).padStart(2, '0')}${serial}`;
}

function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('demo data refers to something missing');
  return value;
}
