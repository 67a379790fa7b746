import { HANDOVER_PROBES } from './permission-probes-handover.js';

/**
 * What the permission-matrix test sends for each operation of `src/security/permission-matrix.ts`:
 * the arguments, built for a target, and how to find the person in the answer. Probes run in this
 * order.
 */

/** The data a cell acts on: a person, their unit, an organisation and an open task of that unit. */
export interface Target {
  personId: string;
  fullName: string;
  unitCode: string;
  unitId: string;
  organisationId: string;
  taskId: string;
  /** A data-sharing agreement of the unit (keys belong to one). */
  agreementId: string;
  /** A helper account of the unit that no probe signs in as (its sessions may be ended). */
  helperUserId: string;
}

export interface Probe {
  kind: 'query' | 'mutation';
  varDefs: string;
  args: string;
  selection: string;
  vars: (t: Target, n: number) => Record<string, unknown>;
  /** A person read: SENSITIVE when citizenId and convictions come back. */
  person?: (value: unknown, t: Target) => unknown;
  /** Acts on no unit's data: the "other unit" column does not apply. */
  unscoped?: boolean;
}

const PERSON = '{ id citizenId convictions { id } }';

export const PROBES: Record<string, Probe> = {
  returnees: {
    kind: 'query',
    varDefs: '$filter: ReturneeFilter',
    args: 'first: 5, filter: $filter',
    selection: `{ edges { node ${PERSON} } }`,
    vars: (t) => ({ filter: { search: t.fullName } }),
    person: (v, t) =>
      (v as { edges: Array<{ node: { id: string } }> }).edges.find((e) => e.node.id === t.personId)?.node ?? null,
  },
  returnee: {
    kind: 'query',
    varDefs: '$id: ID!',
    args: 'id: $id',
    selection: PERSON,
    vars: (t) => ({ id: t.personId }),
    person: (v) => v,
  },
  reintegrationStats: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'returnedSince: "2020-01-01", unitCode: $unitCode',
    selection: '{ __typename }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  expectedReleases: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'from: "2026-01-01", to: "2026-12-31", unitCode: $unitCode',
    selection: '{ id returnee { id } }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  registerReturnee: {
    kind: 'mutation',
    varDefs: '$input: RegisterReturneeInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({ input: { fullName: `Nguyễn Văn Thử ${n}`, unitCode: t.unitCode, returnedOn: '2026-11-01' } }),
  },
  updateReturnee: {
    kind: 'mutation',
    varDefs: '$input: UpdateReturneeInput!',
    args: 'input: $input',
    selection: '{ id }',
    // A stale version: allowed callers get CONFLICT, nothing is written.
    vars: (t) => ({ input: { id: t.personId, version: 99999, residentialGroup: 'Tổ 9' } }),
  },
  possibleDuplicates: {
    kind: 'query',
    varDefs: '$id: ID!',
    args: 'id: $id',
    selection: '{ id }',
    vars: (t) => ({ id: t.personId }),
  },
  mergeReturnees: {
    kind: 'mutation',
    varDefs: '$input: MergeReturneesInput!',
    args: 'input: $input',
    selection: '{ id }',
    // The person with themself: allowed callers get BAD_USER_INPUT (MERGE_SAME_RECORD), nothing is written.
    vars: (t) => ({
      input: { survivorId: t.personId, survivorVersion: 1, absorbedId: t.personId, absorbedVersion: 1, reason: 'Thử' },
    }),
  },
  recordContact: {
    kind: 'mutation',
    varDefs: '$input: RecordContactInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, channel: 'PHONE', contactedOn: '2026-11-20' } }),
  },
  recordSupport: {
    kind: 'mutation',
    varDefs: '$input: RecordSupportInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, type: 'COUNSELLING', startedOn: '2026-11-20' } }),
  },
  helperAccounts: {
    kind: 'query',
    varDefs: '$returneeId: ID!',
    args: 'returneeId: $returneeId',
    selection: '{ id displayName }',
    vars: (t) => ({ returneeId: t.personId }),
  },
  assignHelper: {
    kind: 'mutation',
    varDefs: '$input: AssignHelperInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        returneeId: t.personId,
        organisationId: t.organisationId,
        helperName: `Người giúp đỡ ${n}`,
        role: 'SUPPORTING',
        startedOn: '2026-11-20',
      },
    }),
  },
  assignHelperToMany: {
    kind: 'mutation',
    varDefs: '$input: AssignHelperToManyInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        returneeIds: [t.personId],
        organisationId: t.organisationId,
        helperName: `Người giúp đỡ nhóm ${n}`,
        role: 'SUPPORTING',
        startedOn: '2026-11-20',
      },
    }),
  },
  campaigns: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'unitCode: $unitCode',
    selection: '{ totalCount }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  createCampaign: {
    kind: 'mutation',
    varDefs: '$input: CreateCampaignInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({ input: { unitCode: t.unitCode, kind: 'AMNESTY', name: `Đặc xá ${n}` } }),
  },
  submitReport: {
    kind: 'mutation',
    varDefs: '$input: SubmitReportInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({
      input: {
        unitCode: t.unitCode,
        periodKind: 'CUSTOM',
        periodStart: '2024-01-01',
        periodEnd: '2024-04-25',
        returnedSince: '2020-01-01',
        signerName: 'Nguyễn Văn An',
        signerTitle: 'Chủ tịch UBND phường',
      },
    }),
  },
  reportSubmissions: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'unitCode: $unitCode',
    selection: '{ id }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  submittedReports: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'unitCode: $unitCode, periodKind: MONTH, periodStart: "2024-04-01"',
    selection: '{ periodEnd notSubmitted { code } }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  unreadNotificationCount: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '',
    vars: () => ({}),
    unscoped: true,
  },
  notificationChannels: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '{ channel enabled }',
    vars: () => ({}),
    unscoped: true,
  },
  notificationDeliveries: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ totalCount }',
    vars: () => ({}),
    unscoped: true,
  },
  savedViews: {
    kind: 'query',
    varDefs: '',
    args: 'list: RETURNEES',
    selection: '{ id }',
    vars: () => ({}),
    unscoped: true,
  },
  personFile: {
    kind: 'query',
    varDefs: '$id: ID!',
    args: 'id: $id, purpose: "Kiểm tra ma trận phân quyền"',
    selection: `{ returnee ${PERSON} }`,
    vars: (t) => ({ id: t.personId }),
    person: (v) => (v as { returnee: unknown }).returnee,
  },
  startPersonArchive: {
    kind: 'mutation',
    varDefs: '$input: StartPersonArchiveInput!',
    args: 'input: $input',
    selection: '{ id status }',
    vars: (t) => ({ input: { returneeId: t.personId, purpose: 'Kiểm tra ma trận phân quyền' } }),
  },
  startExport: {
    kind: 'mutation',
    varDefs: '$input: StartExportInput!',
    args: 'input: $input',
    selection: '{ id status }',
    vars: () => ({ input: { list: 'RETURNEES', filter: { status: ['UNDER_SUPPORT'] } } }),
    unscoped: true,
  },
  saveView: {
    kind: 'mutation',
    varDefs: '$input: SaveViewInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (_t, n) => ({
      input: { list: 'RETURNEES', name: `Góc nhìn ${n}`, query: 'q=nguyen', columns: ['fullName'] },
    }),
    unscoped: true,
  },
  recordConviction: {
    kind: 'mutation',
    varDefs: '$input: RecordConvictionInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        returneeId: t.personId,
        ageAtOffence: 16,
        court: 'TAND quận Kiến An',
        intentional: true,
        judgmentDate: '2015-03-01',
        judgmentNumber: `${n}/2015/HS-ST`,
        mainPenalty: 'FIXED_TERM_IMPRISONMENT',
        prisonMonths: 24,
        mainPenaltyCompletedOn: '2017-03-01',
        penalCodeArticle: '173',
        penalCodeChapter: 16,
        severity: 'LESS_SERIOUS',
      },
    }),
  },
  auditLog: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ edges { cursor } }',
    vars: () => ({}),
    unscoped: true,
  },
  users: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ totalCount }',
    vars: () => ({}),
    unscoped: true,
  },
  createUser: {
    kind: 'mutation',
    varDefs: '$input: CreateUserInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        displayName: `Người dùng ${n}`,
        email: `matrix${n}@hoanhap.local`,
        password: 'mat-khau-rat-dai-2024!',
        role: 'VIEWER',
        unitCode: t.unitCode,
      },
    }),
  },
  dataSharingAgreements: {
    kind: 'query',
    varDefs: '$unitCode: String',
    args: 'unitCode: $unitCode',
    selection: '{ id }',
    vars: (t) => ({ unitCode: t.unitCode }),
  },
  createDataSharingAgreement: {
    kind: 'mutation',
    varDefs: '$input: CreateDataSharingAgreementInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        counterpart: `Sở LĐ-TB&XH ${n}`,
        legalBasisNumber: '1/QĐ-UBND',
        legalBasisDate: '2026-01-15',
        purpose: 'Thống kê việc làm',
        unitCode: t.unitCode,
        allowedOperations: ['reintegrationStats'],
        redactedFields: ['Returnee.citizenId'],
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
      },
    }),
  },
  createServiceAccount: {
    kind: 'mutation',
    varDefs: '$input: CreateServiceAccountInput!',
    args: 'input: $input',
    selection: '{ serviceAccount { id } }',
    vars: (t, n) => ({
      input: {
        name: `Tích hợp ${n}`,
        role: 'VIEWER',
        unitCode: t.unitCode,
        allowedOperations: ['reintegrationStats'],
        agreementId: t.agreementId,
        expiresOn: '2027-06-01',
      },
    }),
  },
  endUserSessions: {
    kind: 'mutation',
    varDefs: '$userId: ID!',
    args: 'userId: $userId',
    selection: '',
    vars: (t) => ({ userId: t.helperUserId }),
  },
  updateUnitSettings: {
    kind: 'mutation',
    varDefs: '$input: UpdateUnitSettingsInput!',
    args: 'input: $input',
    selection: '{ id }',
    // The demo's own numbers, so the cases probed after it see the same thresholds.
    vars: (t) => ({ input: { unitId: t.unitId, noContactDays: 30, reportInDays: 10, note: null } }),
  },
  pledges: {
    kind: 'query',
    varDefs: '',
    args: 'first: 5',
    selection: '{ totalCount }',
    vars: () => ({}),
    unscoped: true,
  },
  signPledge: {
    kind: 'mutation',
    varDefs: '$input: SignPledgeInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t, n) => ({
      input: {
        kind: 'FAMILY',
        title: `Giao ước ${n}`,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        signedOn: '2026-01-05',
        signatories: [{ organisationId: t.organisationId, representative: 'Trần Thị Đại Diện' }],
      },
    }),
  },
  recordDocument: {
    kind: 'mutation',
    varDefs: '$input: RecordDocumentInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (_t, n) => ({
      input: { kind: 'MINUTES', title: `Biên bản ${n}`, issuer: 'UBND phường', issuedOn: '2026-11-20' },
    }),
    unscoped: true,
  },
  myTasks: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '{ id }',
    vars: () => ({}),
    unscoped: true,
  },
  ...HANDOVER_PROBES,
  // Last: these change what the reads above would see.
  revealSensitive: {
    kind: 'mutation',
    varDefs: '$input: RevealSensitiveInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, purpose: 'Xem xét hồ sơ để họp ban chỉ đạo' } }),
  },
  completeTask: {
    kind: 'mutation',
    varDefs: '$input: CompleteTaskInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { taskId: t.taskId } }),
  },
  closeCase: {
    kind: 'mutation',
    varDefs: '$input: CloseCaseInput!',
    args: 'input: $input',
    selection: '{ id }',
    vars: (t) => ({ input: { returneeId: t.personId, reason: 'MOVED_AWAY', closedOn: '2026-11-20' } }),
  },
  placeLegalHold: {
    kind: 'mutation',
    varDefs: '$input: PlaceLegalHoldInput!',
    args: 'input: $input',
    selection: '{ status }',
    vars: (t) => ({ input: { returneeId: t.personId, reason: 'Đang có vụ án liên quan, chờ kết luận.' } }),
  },
  releaseLegalHold: {
    kind: 'mutation',
    varDefs: '$input: ReleaseLegalHoldInput!',
    args: 'input: $input',
    selection: '{ status }',
    vars: (t) => ({ input: { returneeId: t.personId } }),
  },
};
