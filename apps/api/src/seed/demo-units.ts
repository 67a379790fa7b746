import { OrganisationKind, Role, UnitLevel } from '@hoanhap/shared';

/*
 * The seed story's places (a 2024 news article about phường Lãm Hà, quận Kiến An, Hải Phòng) and
 * what happened to them in the 2024–2025 mergers, each with its source in `note`.
 */
export interface DemoUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parent: string | null;
  validFrom: string | null;
  validTo: string | null;
  successor: string | null;
  note: string | null;
}

const RESOLUTION_1232 =
  'Nghị quyết 1232/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội, có hiệu lực từ 01/01/2025: nhập phường Lãm Hà, phường Quán Trữ và phường Đồng Hòa thành phường Đồng Hòa.';
const RESOLUTION_1669 =
  'Nghị quyết 1669/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội, có hiệu lực từ 01/07/2025: sắp xếp các đơn vị hành chính cấp xã của thành phố Hải Phòng, thành lập phường Phù Liễn.';

/**
 * The source of each demo unit's validity dates and successor (the official resolutions), as its
 * note. Vietnamese, then English.
 */
export const DEMO_UNIT_SOURCES = {
  'hai-phong':
    'Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh: hợp nhất tỉnh Hải Dương và thành phố Hải Phòng thành thành phố Hải Phòng. / Resolution 202/2025/QH15 of the National Assembly: Hải Dương province and Hải Phòng city merged into Hải Phòng city.',
  'phu-lien': `${RESOLUTION_1669} / Resolution 1669/NQ-UBTVQH15 of 16 June 2025, in force from 1 July 2025: phường Phù Liễn formed (Đồng Hòa and Văn Đẩu among its parts).`,
  'dong-hoa-2025': `${RESOLUTION_1232} ${RESOLUTION_1669} / Resolution 1232/NQ-UBTVQH15 of 24 October 2024, in force from 1 January 2025: Lãm Hà, Quán Trữ and Đồng Hòa merged into Đồng Hòa; Resolution 1669/NQ-UBTVQH15 of 16 June 2025, in force from 1 July 2025: Đồng Hòa merged into Phù Liễn.`,
  'lam-ha': `${RESOLUTION_1232} / Resolution 1232/NQ-UBTVQH15 of 24 October 2024, in force from 1 January 2025: Lãm Hà, Quán Trữ and Đồng Hòa merged into Đồng Hòa.`,
  'van-dau': `${RESOLUTION_1669} / Resolution 1669/NQ-UBTVQH15 of 16 June 2025, in force from 1 July 2025: Văn Đẩu merged into Phù Liễn.`,
} as const;

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: 'hai-phong',
    name: 'Thành phố Hải Phòng',
    level: UnitLevel.PROVINCE,
    parent: null,
    validFrom: null,
    validTo: null,
    successor: null,
    note: DEMO_UNIT_SOURCES['hai-phong'],
  },
  {
    code: 'kien-an',
    name: 'Quận Kiến An',
    level: UnitLevel.DISTRICT,
    parent: 'hai-phong',
    validFrom: null,
    validTo: '2025-06-30',
    successor: null,
    note: 'Cấp huyện chấm dứt hoạt động từ 01/07/2025. / District level abolished on 1 July 2025.',
  },
  {
    code: 'phu-lien',
    name: 'Phường Phù Liễn',
    level: UnitLevel.WARD,
    parent: 'hai-phong',
    validFrom: '2025-07-01',
    validTo: null,
    successor: null,
    note: DEMO_UNIT_SOURCES['phu-lien'],
  },
  {
    code: 'dong-hoa-2025',
    name: 'Phường Đồng Hòa (sau sáp nhập Quán Trữ, Lãm Hà, Đồng Hòa)',
    level: UnitLevel.WARD,
    parent: 'kien-an',
    validFrom: '2025-01-01',
    validTo: '2025-06-30',
    successor: 'phu-lien',
    note: DEMO_UNIT_SOURCES['dong-hoa-2025'],
  },
  {
    code: 'lam-ha',
    name: 'Phường Lãm Hà',
    level: UnitLevel.WARD,
    parent: 'kien-an',
    validFrom: null,
    validTo: '2024-12-31',
    successor: 'dong-hoa-2025',
    note: DEMO_UNIT_SOURCES['lam-ha'],
  },
  {
    code: 'van-dau',
    name: 'Phường Văn Đẩu',
    level: UnitLevel.WARD,
    parent: 'kien-an',
    validFrom: null,
    validTo: '2025-06-30',
    successor: 'phu-lien',
    note: DEMO_UNIT_SOURCES['van-dau'],
  },
];

export interface DemoOrganisation {
  unit: string;
  name: string;
  kind: OrganisationKind;
}

const LAM_HA_ORGANISATIONS: Array<[string, OrganisationKind]> = [
  ['Công an phường Lãm Hà', OrganisationKind.POLICE],
  ['UBND phường Lãm Hà', OrganisationKind.PEOPLES_COMMITTEE],
  ['Ủy ban MTTQ phường Lãm Hà', OrganisationKind.FATHERLAND_FRONT],
  ['Hội Phụ nữ phường Lãm Hà', OrganisationKind.WOMENS_UNION],
  ['Đoàn Thanh niên phường Lãm Hà', OrganisationKind.YOUTH_UNION],
  ['Hội Cựu chiến binh phường Lãm Hà', OrganisationKind.VETERANS_ASSOCIATION],
  ['Hội Nông dân phường Lãm Hà', OrganisationKind.FARMERS_ASSOCIATION],
];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  ...LAM_HA_ORGANISATIONS.map(([name, kind]) => ({ unit: 'lam-ha', name, kind })),
  { unit: 'van-dau', name: 'Công an phường Văn Đẩu', kind: OrganisationKind.POLICE },
  { unit: 'van-dau', name: 'UBND phường Văn Đẩu', kind: OrganisationKind.PEOPLES_COMMITTEE },
];

export const DEMO_PASSWORD = 'hoanhap-demo-2024';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  unit: string;
  organisation: string | null;
}

/** Demo accounts (all with DEMO_PASSWORD). Created only together with the demo data. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@hoanhap.local',
    displayName: 'Quản trị hệ thống',
    role: Role.ADMIN,
    unit: 'hai-phong',
    organisation: null,
  },
  {
    email: 'congan.lamha@hoanhap.local',
    displayName: 'Cán bộ Công an phường Lãm Hà',
    role: Role.OFFICER,
    unit: 'lam-ha',
    organisation: 'Công an phường Lãm Hà',
  },
  {
    email: 'congan.vandau@hoanhap.local',
    displayName: 'Cán bộ Công an phường Văn Đẩu',
    role: Role.OFFICER,
    unit: 'van-dau',
    organisation: 'Công an phường Văn Đẩu',
  },
  {
    email: 'ubnd.lamha@hoanhap.local',
    displayName: 'Cán bộ UBND phường Lãm Hà',
    role: Role.COMMITTEE,
    unit: 'lam-ha',
    organisation: 'UBND phường Lãm Hà',
  },
  {
    email: 'phunu.lamha@hoanhap.local',
    displayName: 'Hội viên Hội Phụ nữ phường Lãm Hà',
    role: Role.HELPER,
    unit: 'lam-ha',
    organisation: 'Hội Phụ nữ phường Lãm Hà',
  },
  {
    email: 'so.haiphong@hoanhap.local',
    displayName: 'Chuyên viên sở, ngành Hải Phòng',
    role: Role.VIEWER,
    unit: 'hai-phong',
    organisation: null,
  },
  {
    email: 'kiemtra.haiphong@hoanhap.local',
    displayName: 'Cán bộ kiểm tra Hải Phòng',
    role: Role.AUDITOR,
    unit: 'hai-phong',
    organisation: null,
  },
];
