import {
  CommitteeRole,
  DocumentKind,
  EmploymentStatus,
  JobOfferStatus,
  ModelStatus,
  OrganisationKind,
  PledgeIndicator,
  PledgeKind,
  ReviewKind,
  SupportType,
  TargetDirection,
  TargetKind,
  totalScore,
} from '@hoanhap/shared';
import { type EntityManager, IsNull } from 'typeorm';
import { CommitteeMember } from '../modules/committee/committee/committee-member.entity.js';
import { SteeringCommittee } from '../modules/committee/committee/steering-committee.entity.js';
import { Document } from '../modules/committee/documents/document.entity.js';
import { EmployerProfile } from '../modules/committee/employers/employer-profile.entity.js';
import { JobOffer } from '../modules/committee/employers/job-offer.entity.js';
import { Placement } from '../modules/committee/employers/placement.entity.js';
import { ReintegrationModel } from '../modules/committee/models/reintegration-model.entity.js';
import { Pledge } from '../modules/committee/pledges/pledge.entity.js';
import { PledgeReview, PledgeReviewItem } from '../modules/committee/pledges/pledge-review.entity.js';
import { PledgeSignatory } from '../modules/committee/pledges/pledge-signatory.entity.js';
import { PledgeTarget } from '../modules/committee/pledges/pledge-target.entity.js';
import { evaluateComputed, scored } from '../modules/committee/pledges/pledge-targets.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { EmploymentPeriod } from '../modules/employment/employment-period.entity.js';
import { Returnee } from '../modules/returnees/returnee.entity.js';
import { unitsService } from '../modules/units/units.service.js';

/*
 * The seed story's model (docs/domain.md, The story): the Party Committee's resolution, the People's Committee's
 * plan, the police's proposal report, the decision founding the steering committee and its
 * operating rules; the committee; the emulation pledge signed at the launch on 25/04/2024 with its
 * 6-month review; one partner employer with two placements. Document numbers are illustrative
 * ("minh họa") and officials' names are invented, not the people named in the article.
 */

export const MODEL_SLOGAN = 'Vì hạnh phúc tương lai, bỏ qua mặc cảm, vượt lên chính mình';
const LAUNCH = '2024-04-25';
const ILLUSTRATIVE = 'Số, ký hiệu và nội dung minh họa (illustrative), không phải văn bản thật.';

const ORG = {
  police: 'Công an phường Lãm Hà',
  committee: 'UBND phường Lãm Hà',
  front: 'Ủy ban MTTQ phường Lãm Hà',
  women: 'Hội Phụ nữ phường Lãm Hà',
  youth: 'Đoàn Thanh niên phường Lãm Hà',
  veterans: 'Hội Cựu chiến binh phường Lãm Hà',
  farmers: 'Hội Nông dân phường Lãm Hà',
} as const;
type OrgKey = keyof typeof ORG;

/** Invented officials: [organisation, name, title, committee role]. */
const OFFICIALS: Array<[OrgKey, string, string, CommitteeRole]> = [
  ['committee', 'Nguyễn Văn Thịnh', 'Phó Chủ tịch UBND phường', CommitteeRole.HEAD],
  ['police', 'Trần Quốc Bảo', 'Trưởng Công an phường', CommitteeRole.STANDING_DEPUTY],
  ['front', 'Phạm Thị Thu Hà', 'Chủ tịch Ủy ban MTTQ phường', CommitteeRole.DEPUTY],
  ['women', 'Lê Thị Minh', 'Chủ tịch Hội Phụ nữ phường', CommitteeRole.MEMBER],
  ['youth', 'Đỗ Văn Khánh', 'Bí thư Đoàn Thanh niên phường', CommitteeRole.MEMBER],
  ['veterans', 'Hoàng Văn Sửu', 'Chủ tịch Hội Cựu chiến binh phường', CommitteeRole.MEMBER],
  ['farmers', 'Vũ Văn Tiệp', 'Chủ tịch Hội Nông dân phường', CommitteeRole.MEMBER],
  ['police', 'Ngô Đức Hiếu', 'Cán bộ Công an phường phụ trách công tác tái hòa nhập', CommitteeRole.SECRETARY],
];

export async function loadDemoCommittee(tx: EntityManager, lamHaUnitId: string): Promise<void> {
  const orgRows = await tx.getRepository(Organisation).findBy({ unitId: lamHaUnitId });
  const org = (k: OrgKey) => {
    const o = orgRows.find((r) => r.name === ORG[k]);
    if (!o) throw new Error(`demo data: missing organisation ${ORG[k]}`);
    return o.id;
  };

  const model = await tx.getRepository(ReintegrationModel).save(
    tx.getRepository(ReintegrationModel).create({
      unitId: lamHaUnitId,
      name: `Mô hình "${MODEL_SLOGAN}"`,
      slogan: MODEL_SLOGAN,
      launchedOn: LAUNCH,
      status: ModelStatus.ACTIVE,
      // The article's numbers (statistics on 25/04/2024 of people returned since 2020), frozen.
      baseline: {
        returnedSince: '2020-01-01',
        asOf: LAUNCH,
        returned: { total: 34, stable: 7, unstable: 21, unemployed: 6, other: 0 },
        inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 },
      },
    }),
  );

  const docs = tx.getRepository(Document);
  const doc = (kind: DocumentKind, numberSymbol: string, issuedOn: string, issuer: string, title: string) =>
    docs.save(
      docs.create({
        unitId: lamHaUnitId,
        kind,
        numberSymbol,
        issuedOn,
        issuer,
        title,
        summary: ILLUSTRATIVE,
        modelId: model.id,
      }),
    );
  await doc(
    DocumentKind.RESOLUTION,
    '15-NQ/ĐU',
    '2024-03-20',
    'Đảng ủy phường Lãm Hà',
    'Nghị quyết về lãnh đạo xây dựng mô hình quản lý, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng',
  );
  await doc(
    DocumentKind.REPORT,
    '08/BC-CAP',
    '2024-03-28',
    ORG.police,
    'Báo cáo đề xuất xây dựng mô hình tái hòa nhập cộng đồng tại phường Lãm Hà',
  );
  await doc(DocumentKind.PLAN, '42/KH-UBND', '2024-04-05', ORG.committee, 'Kế hoạch triển khai mô hình năm 2024');
  const decision = await doc(
    DocumentKind.DECISION,
    '58/QĐ-UBND',
    '2024-04-18',
    ORG.committee,
    'Quyết định thành lập Ban Chỉ đạo mô hình',
  );
  const rules = await doc(
    DocumentKind.OPERATING_RULES,
    '59/QĐ-UBND',
    '2024-04-18',
    ORG.committee,
    'Quy chế hoạt động của Ban Chỉ đạo mô hình',
  );

  const committee = await tx.getRepository(SteeringCommittee).save(
    tx.getRepository(SteeringCommittee).create({
      unitId: lamHaUnitId,
      modelId: model.id,
      name: 'Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà',
      foundingDecisionId: decision.id,
      operatingRulesId: rules.id,
      termFrom: '2024-04-18',
      termTo: null,
    }),
  );
  await docs.update({ id: decision.id }, { committeeId: committee.id });
  await docs.update({ id: rules.id }, { committeeId: committee.id });
  await tx.getRepository(CommitteeMember).insert(
    OFFICIALS.map(([o, personName, title, role]) => ({
      committeeId: committee.id,
      personName,
      title,
      organisationId: org(o),
      role,
      startedOn: '2024-04-18',
    })),
  );

  const pledge = await tx.getRepository(Pledge).save(
    tx.getRepository(Pledge).create({
      unitId: lamHaUnitId,
      modelId: model.id,
      kind: PledgeKind.EMULATION,
      title: 'Giao ước thi đua thực hiện mô hình giai đoạn 25/04/2024 – 24/04/2025',
      signedOn: LAUNCH,
      periodFrom: LAUNCH,
      periodTo: '2025-04-24',
    }),
  );
  const pledgeDoc = await doc(DocumentKind.PLEDGE, '01/GƯTĐ', LAUNCH, 'Ban Chỉ đạo mô hình', 'Giao ước thi đua');
  await docs.update({ id: pledgeDoc.id }, { pledgeId: pledge.id });
  const signers = OFFICIALS.filter(([, , , role]) => role !== CommitteeRole.SECRETARY);
  await tx.getRepository(PledgeSignatory).insert(
    signers.map(([o, representative, title]) => ({
      pledgeId: pledge.id,
      organisationId: org(o),
      representative,
      title,
    })),
  );

  const target = (
    o: OrgKey,
    kind: TargetKind,
    indicator: PledgeIndicator | null,
    label: string,
    unitOfMeasure: string,
    direction: TargetDirection,
    value: number,
    weight: number,
    extra: Partial<PledgeTarget> = {},
  ): Partial<PledgeTarget> => ({
    pledgeId: pledge.id,
    kind,
    indicator,
    label,
    unitOfMeasure,
    direction,
    target: value,
    weight,
    responsibleOrganisationId: org(o),
    withinDays: null,
    supportType: null,
    ...extra,
  });
  const C = TargetKind.COMPUTED;
  const { AT_LEAST, AT_MOST } = TargetDirection;
  const rows = [
    target('committee', C, PledgeIndicator.STABLE_WORK_SHARE, 'Tỷ lệ có việc làm ổn định', 'PERCENT', AT_LEAST, 40, 3),
    target('police', C, PledgeIndicator.NEW_OFFENCES, 'Số vụ tái phạm tội', 'COUNT', AT_MOST, 0, 3),
    target(
      'police',
      C,
      PledgeIndicator.RECEIVED_ON_TIME_SHARE,
      'Tỷ lệ tiếp nhận đúng hạn',
      'PERCENT',
      AT_LEAST,
      100,
      2,
    ),
    target(
      'front',
      C,
      PledgeIndicator.HELPER_ASSIGNED_SHARE,
      'Tỷ lệ được phân công người giúp đỡ trong 15 ngày',
      'PERCENT',
      AT_LEAST,
      100,
      2,
      {
        withinDays: 15,
      },
    ),
    target(
      'women',
      C,
      PledgeIndicator.CONTACTS_PER_PERSON_MONTH,
      'Số lần gặp gỡ bình quân mỗi người mỗi tháng',
      'RATE',
      AT_LEAST,
      1,
      2,
    ),
    target('youth', C, PledgeIndicator.SUPPORT_DONE, 'Số lượt hỗ trợ học nghề đã thực hiện', 'COUNT', AT_LEAST, 3, 1, {
      supportType: SupportType.VOCATIONAL_TRAINING,
    }),
    target(
      'veterans',
      TargetKind.MANUAL,
      null,
      'Số buổi tuyên truyền xóa bỏ mặc cảm, kỳ thị tại các tổ dân phố',
      'buổi',
      AT_LEAST,
      12,
      1,
    ),
  ];
  await tx.getRepository(PledgeTarget).insert(rows.map((r, k) => ({ ...r, position: k + 1 })));

  // The 6-month review (sơ kết), computed from the casework data as the service does.
  const reviewedOn = '2024-10-25';
  const minutes = await doc(
    DocumentKind.MINUTES,
    '02/BB-BCĐ',
    reviewedOn,
    'Ban Chỉ đạo mô hình',
    'Biên bản sơ kết 6 tháng',
  );
  await docs.update({ id: minutes.id }, { pledgeId: pledge.id });
  const scope = await unitsService.scopeOf(tx, lamHaUnitId);
  const targets = await tx.getRepository(PledgeTarget).findBy({ pledgeId: pledge.id });
  const items: Array<Partial<PledgeReviewItem>> = [];
  for (const t of targets) {
    const manual = t.kind === TargetKind.MANUAL;
    const r = manual ? scored(t, 7) : await evaluateComputed(tx, pledge, t, scope, reviewedOn);
    items.push({
      targetId: t.id,
      target: t.target,
      weight: t.weight,
      actual: r.actual,
      progress: r.progress === null ? null : Math.round(r.progress * 10_000) / 10_000,
      score: Math.round(r.score * 10_000) / 10_000,
      evidenceDocumentId: manual ? minutes.id : null,
    });
  }
  const review = await tx.getRepository(PledgeReview).save(
    tx.getRepository(PledgeReview).create({
      pledgeId: pledge.id,
      kind: ReviewKind.SIX_MONTH,
      reviewedOn,
      reviewYear: 2024,
      measuredFrom: pledge.periodFrom,
      measuredTo: reviewedOn,
      totalScore: totalScore(items.map((i) => ({ weight: i.weight as number, progress: i.progress ?? null }))),
      documentId: minutes.id,
    }),
  );
  await tx.getRepository(PledgeReviewItem).insert(items.map((i) => ({ ...i, reviewId: review.id })));

  await demoEmployer(tx, lamHaUnitId);
}

/**
 * One partner employer with two offers and two placements, both after 30/06/2025 so that every
 * statistic the article and the statistics tests state (on 25/04/2024 and 30/06/2025) is unchanged.
 */
async function demoEmployer(tx: EntityManager, unitId: string) {
  const employer = await tx
    .getRepository(Organisation)
    .save(
      tx
        .getRepository(Organisation)
        .create({ name: 'Công ty TNHH May mặc Kiến An', kind: OrganisationKind.EMPLOYER, unitId }),
    );
  await tx.getRepository(EmployerProfile).insert({
    organisationId: employer.id,
    contactPerson: 'Bà Mai Thị Loan (phòng nhân sự)',
    phone: '0225 3876 123',
    address: 'Đường Trần Thành Ngọ, quận Kiến An, Hải Phòng',
    staffCount: 18,
  });
  const offers = tx.getRepository(JobOffer);
  const sewing = await offers.save(
    offers.create({
      employerId: employer.id,
      title: 'Công nhân may',
      positions: 5,
      wageMinVnd: '6500000',
      wageMaxVnd: '8000000',
      status: JobOfferStatus.OPEN,
      offeredOn: '2025-08-01',
    }),
  );
  const packing = await offers.save(
    offers.create({
      employerId: employer.id,
      title: 'Công nhân đóng gói',
      positions: 3,
      wageMinVnd: '5500000',
      wageMaxVnd: '6500000',
      status: JobOfferStatus.OPEN,
      offeredOn: '2025-08-01',
    }),
  );
  const placements: Array<[string, string, number, string]> = [
    ['Hoàng Văn Bình', '2025-09-01', 12, sewing.id],
    ['Đỗ Minh Châu', '2025-10-01', 6, packing.id],
  ];
  for (const [fullName, startedOn, contractMonths, jobOfferId] of placements) {
    const person = await tx.getRepository(Returnee).findOneByOrFail({ unitId, fullName });
    const periods = tx.getRepository(EmploymentPeriod);
    // End the period in force the day before, so periods never overlap.
    const open = await periods.findOneByOrFail({ returneeId: person.id, endedOn: IsNull() });
    const dayBefore = new Date(Date.parse(`${startedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await periods.update({ id: open.id }, { endedOn: dayBefore, endReason: 'Vào làm việc tại doanh nghiệp đối tác' });
    const period = await periods.save(
      periods.create({
        returneeId: person.id,
        // Our rule: a labour contract of 12 months or more is stable work.
        status: contractMonths >= 12 ? EmploymentStatus.STABLE : EmploymentStatus.UNSTABLE,
        employerName: employer.name,
        startedOn,
        endedOn: null,
        endReason: null,
        verifiedOn: startedOn,
      }),
    );
    await tx.getRepository(Placement).insert({
      employerId: employer.id,
      jobOfferId,
      returneeId: person.id,
      startedOn,
      contractMonths,
      employmentPeriodId: period.id,
    });
  }
}
