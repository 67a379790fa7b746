import {
  addDays,
  addMonths,
  CaseStatus,
  ClassificationGroup,
  ContactChannel,
  FundingSource,
  HelperRole,
  SupportStatus,
  SupportType,
  TaskKind,
  todayInVietnam,
} from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import { User } from '../modules/auth/user.entity.js';
import { Contact } from '../modules/helpers/contact.entity.js';
import { HelperAssignment } from '../modules/helpers/helper-assignment.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Classification } from '../modules/lifecycle/classification.entity.js';
import { Reception } from '../modules/lifecycle/reception.entity.js';
import { ReleaseNotice } from '../modules/lifecycle/release-notice.entity.js';
import { Returnee } from '../modules/returnees/returnee.entity.js';
import { Support } from '../modules/support/support.entity.js';
import { Task } from '../modules/tasks/task.entity.js';

/*
 * The casework around the Lãm Hà people still in the caseload: receptions, helpers from the
 * ward's organisations (the Women's Union demo account helps four of them), contacts, support of
 * several kinds and funding sources, classifications, tasks (some overdue), and one person whose
 * release the prison has just announced. None of it changes the article's statistics.
 */

interface Ctx {
  tx: EntityManager;
  officer: User;
  helper: User;
  orgs: Map<string, Organisation>;
}

const HELPERS: Array<[string, string, HelperRole]> = [
  ['Hội Phụ nữ phường Lãm Hà', 'Phạm Thị Hằng', HelperRole.PRIMARY],
  ['Hội Cựu chiến binh phường Lãm Hà', 'Trần Văn Thành', HelperRole.SUPPORTING],
  ['Đoàn Thanh niên phường Lãm Hà', 'Vũ Minh Quân', HelperRole.PRIMARY],
  ['Ủy ban MTTQ phường Lãm Hà', 'Nguyễn Thị Lý', HelperRole.SUPPORTING],
];

const SUPPORTS: Array<[SupportType, FundingSource | null, string | null, string]> = [
  [SupportType.COUNSELLING, null, null, 'Tư vấn tâm lý, động viên gia đình'],
  [SupportType.ID_PAPERS, FundingSource.STATE_BUDGET, null, 'Làm lại thẻ căn cước'],
  [SupportType.VOCATIONAL_TRAINING, FundingSource.STATE_BUDGET, '3000000', 'Khóa học sửa chữa xe máy 3 tháng'],
  [SupportType.JOB_PLACEMENT, null, null, 'Giới thiệu việc làm tại xưởng cơ khí'],
  [
    SupportType.SOCIAL_POLICY_LOAN,
    FundingSource.OTHER,
    '50000000',
    'Vay vốn Ngân hàng Chính sách xã hội để buôn bán nhỏ',
  ],
  [SupportType.HARDSHIP_AID, FundingSource.REINTEGRATION_FUND, '1000000', 'Trợ cấp khó khăn dịp Tết'],
  [SupportType.GIFT, FundingSource.DONATION, '500000', 'Quà Tết của Hội Cựu chiến binh'],
];

export async function loadDemoCasework(tx: EntityManager, lamHaUnitId: string): Promise<void> {
  const users = tx.getRepository(User);
  const ctx: Ctx = {
    tx,
    officer: await users.findOneByOrFail({ email: 'congan.lamha@hoanhap.local' }),
    helper: await users.findOneByOrFail({ email: 'phunu.lamha@hoanhap.local' }),
    orgs: new Map((await tx.getRepository(Organisation).findBy({ unitId: lamHaUnitId })).map((o) => [o.name, o])),
  };
  const open = await tx
    .getRepository(Returnee)
    .createQueryBuilder('r')
    .where('r.unit_id = :unit AND r.status <> :closed', { unit: lamHaUnitId, closed: CaseStatus.CLOSED })
    .orderBy('r.returned_on', 'ASC')
    .getMany();
  for (const [i, person] of open.entries()) await casework(ctx, person, i);
  await announcedRelease(ctx, lamHaUnitId);
}

async function casework(ctx: Ctx, person: Returnee, i: number) {
  const { tx, officer, helper } = ctx;
  const returnedOn = person.returnedOn ?? todayInVietnam();
  await tx.getRepository(Reception).insert({
    returneeId: person.id,
    receivedOn: returnedOn,
    officerId: officer.id,
    meetingRecordNumber: `${10 + i}/BB-CAP`,
    pledgeSigned: true,
    informationSheetDone: true,
    needs: i % 2 === 0 ? ['Việc làm ổn định', 'Giấy tờ tùy thân'] : ['Học nghề'],
  });

  const [orgName, helperName, role] = HELPERS[i % HELPERS.length] as (typeof HELPERS)[number];
  const org = ctx.orgs.get(orgName);
  if (!org) throw new Error(`demo data: missing organisation ${orgName}`);
  const byWomensUnion = orgName === 'Hội Phụ nữ phường Lãm Hà';
  const assignment = await tx.getRepository(HelperAssignment).save(
    tx.getRepository(HelperAssignment).create({
      returneeId: person.id,
      helperName: byWomensUnion ? helper.displayName : helperName,
      organisationId: org.id,
      helperUserId: byWomensUnion ? helper.id : null,
      helperPhone: `09${String(12345678 + i * 1111).slice(0, 8)}`,
      role: byWomensUnion ? HelperRole.PRIMARY : role,
      startedOn: addDays(returnedOn, 10),
    }),
  );

  // Contacts every couple of months; two people have gone quiet for a long time.
  const quiet = i === 2 || i === 7;
  const lastContact = quiet ? addMonths(todayInVietnam(), -3) : addDays(todayInVietnam(), -(5 + i * 2));
  const channels = [ContactChannel.HOME_VISIT, ContactChannel.PHONE, ContactChannel.OFFICE, ContactChannel.MESSAGE];
  for (let k = 0; k < 4; k++) {
    const on = addMonths(lastContact, -2 * k);
    if (on < returnedOn) break;
    await tx.getRepository(Contact).insert({
      returneeId: person.id,
      helperAssignmentId: assignment.id,
      contactedOn: on,
      channel: channels[(i + k) % channels.length] ?? ContactChannel.HOME_VISIT,
      recordedById: byWomensUnion ? helper.id : officer.id,
      notes: k === 0 ? 'Gia đình ổn định, đang tìm việc gần nhà.' : 'Thăm hỏi định kỳ.',
      nextAction: k === 0 ? 'Giới thiệu học nghề' : null,
    });
  }

  for (let k = 0; k < 2; k++) {
    const [type, fundingSource, amountVnd, outcome] = SUPPORTS[
      (i + k * 3) % SUPPORTS.length
    ] as (typeof SUPPORTS)[number];
    const startedOn = addMonths(returnedOn, 1 + k * 2);
    if (startedOn > todayInVietnam()) continue;
    const done = k === 0;
    await tx.getRepository(Support).insert({
      returneeId: person.id,
      type,
      providerOrganisationId: org.id,
      amountVnd,
      fundingSource,
      status: done ? SupportStatus.DONE : SupportStatus.IN_PROGRESS,
      startedOn,
      completedOn: done ? addMonths(startedOn, 1) : null,
      outcome: done ? outcome : null,
    });
  }

  const group = i % 5 === 0 ? ClassificationGroup.A : i % 5 === 4 ? ClassificationGroup.C : ClassificationGroup.B;
  await tx.getRepository(Classification).insert({
    returneeId: person.id,
    periodStart: addMonths(returnedOn, 1),
    periodEnd: null,
    group,
    reasons: group === ClassificationGroup.A ? [] : ['Việc làm chưa ổn định', 'Còn mặc cảm, ngại giao tiếp'],
    assessorId: officer.id,
  });

  if (i % 3 === 0) {
    await tx.getRepository(Task).insert({
      unitId: person.unitId,
      returneeId: person.id,
      kind: TaskKind.MANUAL,
      title: i === 0 ? 'Mời dự lớp học nghề của phường' : 'Phối hợp với Hội Phụ nữ thăm gia đình',
      dueOn: addDays(todayInVietnam(), i === 0 ? -6 : 7 + i),
      ownerId: officer.id,
    });
  }
}

/** A person the prison has announced: registered from the notice, not home yet. */
async function announcedRelease(ctx: Ctx, unitId: string) {
  const { tx, officer } = ctx;
  const today = todayInVietnam();
  const person = await tx.getRepository(Returnee).save(
    tx.getRepository(Returnee).create({
      unitId,
      fullName: 'Lương Văn Tiến',
      searchName: 'luong van tien',
      otherNames: [],
      status: CaseStatus.NOTIFIED,
      currentAddress: 'Tổ dân phố 5, phường Lãm Hà, quận Kiến An, Hải Phòng',
      returnedOn: null,
    }),
  );
  const receivedOn = addDays(today, -2);
  await tx.getRepository(ReleaseNotice).insert({
    returneeId: person.id,
    receivedOn,
    prison: 'Trại giam Xuân Nguyên',
    expectedReleaseOn: addDays(today, 20),
    statedAddress: 'Tổ dân phố 5, phường Lãm Hà',
    verificationDueOn: addDays(receivedOn, 5),
  });
  await tx.getRepository(Task).insert({
    unitId,
    returneeId: person.id,
    kind: TaskKind.ADDRESS_VERIFICATION,
    title: 'Xác minh nơi cư trú theo thông báo của trại giam',
    dueOn: addDays(receivedOn, 5),
    ownerId: officer.id,
  });
}
