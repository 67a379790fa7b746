import {
  ClosureReason,
  ContactChannel,
  EmploymentStatus,
  HelperRole,
  IncidentKind,
  normalizeName,
  OrganisationKind,
  ReleaseType,
  Role,
  SupportStatus,
  SupportType,
  UnitLevel,
} from '@hoanhap/shared';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { Contact } from '../../src/modules/helpers/contact.entity.js';
import { HelperAssignment } from '../../src/modules/helpers/helper-assignment.entity.js';
import { Organisation } from '../../src/modules/organisations/organisation.entity.js';
import { CaseClosure } from '../../src/modules/lifecycle/case-closure.entity.js';
import { EmploymentPeriod } from '../../src/modules/employment/employment-period.entity.js';
import { Incident } from '../../src/modules/lifecycle/incident.entity.js';
import { Reception } from '../../src/modules/lifecycle/reception.entity.js';
import { Release } from '../../src/modules/lifecycle/release.entity.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { Support } from '../../src/modules/support/support.entity.js';
import { AdministrativeUnit } from '../../src/modules/units/administrative-unit.entity.js';
import type { DataSource } from 'typeorm';

/** The officer of ward W (password "pw"). */
export const WARD_W_OFFICER = { email: 'officer@w.test', password: 'pw' } as const;

/**
 * A hand-built ward W (report-in deadline 10 days) whose indicator values are worked out by hand
 * below, plus a ward X whose data must never count. Pledge period 2024-01-01 – 2024-06-28
 * (180 days = 6 months of 30 days); it is over, so D = 2024-06-28.
 *
 * Caseload on D: P1, P2, P3, P4, P8 (P5 closed on 2024-05-01; P6 returns after D; P7 not home).
 *  STABLE_WORK_SHARE: stable on D = P1 and P3 (period ends exactly on D) → 2 / 5 = 40.
 *  NEW_OFFENCES: P5's on 2024-04-01 (P1's is before the period, P2's is administrative, X's is
 *    out of scope) → 1.
 *  RECEIVED_ON_TIME_SHARE: deadlines in the period: P3 (02-15, received 02-10: on time), P4 (03-11,
 *    received 03-15: late), P7 (06-25, never received), P8 (06-28, received 06-20: on time); P6's
 *    deadline (07-05) is after D → 2 / 4 = 50.
 *  HELPER_ASSIGNED_SHARE (N = 15): received from 01-01 to D − 15 = 06-13: P3 (helper after 10 days:
 *    yes), P4 (after 26 days: no); P8 (06-20) is still within its 15 days → 1 / 2 = 50.
 *  CONTACTS_PER_PERSON_MONTH: in the period, with the caseload: P1 3, P2 2, P3 1 = 6 (P1's on
 *    2023-12-31 and P2's on 2024-06-29 fall outside, P5 is not in the caseload) → 6 / (5 × 6) = 0.2.
 *  SUPPORT_DONE: DONE and completed in the period: P1 training, P2 counselling → 2 (training only: 1;
 *    P3's training is in progress, P4's was completed after D).
 */
export async function seedPledgeWard(ds: DataSource): Promise<Record<string, string>> {
  const orgs: Record<string, string> = {};
  const units = ds.getRepository(AdministrativeUnit);
  const w = await units.save(units.create({ code: 'w', name: 'Phường W', level: UnitLevel.WARD, reportInDays: 10 }));
  const x = await units.save(units.create({ code: 'x', name: 'Phường X', level: UnitLevel.WARD }));
  for (const [key, kind] of [
    ['police', OrganisationKind.POLICE],
    ['women', OrganisationKind.WOMENS_UNION],
    ['youth', OrganisationKind.YOUTH_UNION],
    ['veterans', OrganisationKind.VETERANS_ASSOCIATION],
  ] as const) {
    const o = await ds.getRepository(Organisation).save({ name: `${key} W`, kind, unitId: w.id });
    orgs[key] = o.id;
  }
  const user = await ds.getRepository(User).save({
    email: WARD_W_OFFICER.email,
    displayName: 'Officer W',
    role: Role.OFFICER,
    unitId: w.id,
    organisationId: orgs.police,
    passwordHash: await hashPassword(WARD_W_OFFICER.password),
  });

  const person = async (unitId: string, name: string, returnedOn: string | null) =>
    ds
      .getRepository(Returnee)
      .save({ unitId, fullName: name, searchName: normalizeName(name), returnedOn, otherNames: [] });
  const period = (r: Returnee, status: EmploymentStatus, startedOn: string, endedOn: string | null = null) =>
    ds.getRepository(EmploymentPeriod).insert({ returneeId: r.id, status, startedOn, endedOn });
  const release = (r: Returnee, releasedOn: string) =>
    ds
      .getRepository(Release)
      .insert({ returneeId: r.id, type: ReleaseType.FULL_TERM, releasedOn, prison: 'Trại giam T' });
  const reception = (r: Returnee, receivedOn: string) =>
    ds.getRepository(Reception).insert({ returneeId: r.id, receivedOn, officerId: user.id });
  const helper = (r: Returnee, startedOn: string) =>
    ds.getRepository(HelperAssignment).insert({
      returneeId: r.id,
      helperName: 'Người giúp đỡ',
      organisationId: orgs.women,
      role: HelperRole.PRIMARY,
      startedOn,
    });
  const contact = (r: Returnee, contactedOn: string) =>
    ds.getRepository(Contact).insert({
      returneeId: r.id,
      contactedOn,
      channel: ContactChannel.HOME_VISIT,
      recordedById: user.id,
    });
  const incident = (r: Returnee, kind: IncidentKind, occurredOn: string) =>
    ds.getRepository(Incident).insert({ returneeId: r.id, kind, occurredOn });
  const support = (r: Returnee, type: SupportType, status: SupportStatus, completedOn: string | null) =>
    ds.getRepository(Support).insert({ returneeId: r.id, type, status, startedOn: '2024-01-05', completedOn });
  const { STABLE, UNSTABLE, UNEMPLOYED } = EmploymentStatus;

  const p1 = await person(w.id, 'P1', '2023-06-01');
  await period(p1, STABLE, '2023-07-01');
  await contact(p1, '2023-12-31');
  for (const d of ['2024-01-10', '2024-03-10', '2024-05-10']) await contact(p1, d);
  await incident(p1, IncidentKind.NEW_OFFENCE, '2023-12-15');
  await support(p1, SupportType.VOCATIONAL_TRAINING, SupportStatus.DONE, '2024-02-15');

  const p2 = await person(w.id, 'P2', '2023-08-01');
  await period(p2, UNSTABLE, '2023-08-01');
  for (const d of ['2024-02-01', '2024-04-01', '2024-06-29']) await contact(p2, d);
  await incident(p2, IncidentKind.ADMINISTRATIVE_VIOLATION, '2024-02-01');
  await support(p2, SupportType.COUNSELLING, SupportStatus.DONE, '2024-03-01');

  const p3 = await person(w.id, 'P3', '2024-02-10');
  await release(p3, '2024-02-05');
  await reception(p3, '2024-02-10');
  await helper(p3, '2024-02-20');
  await period(p3, STABLE, '2024-03-01', '2024-06-28');
  await contact(p3, '2024-03-01');
  await support(p3, SupportType.VOCATIONAL_TRAINING, SupportStatus.IN_PROGRESS, null);

  const p4 = await person(w.id, 'P4', '2024-03-15');
  await release(p4, '2024-03-01');
  await reception(p4, '2024-03-15');
  await helper(p4, '2024-04-10');
  await period(p4, UNEMPLOYED, '2024-03-15');
  await support(p4, SupportType.VOCATIONAL_TRAINING, SupportStatus.DONE, '2024-07-10');

  const p5 = await person(w.id, 'P5', '2022-01-01');
  await period(p5, STABLE, '2022-02-01');
  await ds
    .getRepository(CaseClosure)
    .insert({ returneeId: p5.id, reason: ClosureReason.MOVED_AWAY, closedOn: '2024-05-01' });
  await contact(p5, '2024-02-01');
  await incident(p5, IncidentKind.NEW_OFFENCE, '2024-04-01');

  const p6 = await person(w.id, 'P6', '2024-07-01');
  await release(p6, '2024-06-25');

  const p7 = await person(w.id, 'P7', null);
  await release(p7, '2024-06-15');

  const p8 = await person(w.id, 'P8', '2024-06-20');
  await release(p8, '2024-06-18');
  await reception(p8, '2024-06-20');

  const px = await person(x.id, 'PX', '2023-01-01');
  await period(px, STABLE, '2023-01-01');
  await incident(px, IncidentKind.NEW_OFFENCE, '2024-03-01');
  await contact(px, '2024-03-01');
  return orgs;
}
