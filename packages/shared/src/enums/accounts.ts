import type { Label } from '../labels.js';

/** Who uses the system and where: roles, administrative units and the organisations that help. */

export enum Role {
  ADMIN = 'ADMIN',
  OFFICER = 'OFFICER',
  COMMITTEE = 'COMMITTEE',
  HELPER = 'HELPER',
  VIEWER = 'VIEWER',
  AUDITOR = 'AUDITOR',
}
export const ROLE_LABELS: Record<Role, Label> = {
  ADMIN: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  OFFICER: { vi: 'Cán bộ công an phụ trách', en: 'Police officer in charge' },
  COMMITTEE: { vi: 'Ban Chỉ đạo / UBND', en: 'Steering committee / People’s Committee' },
  HELPER: { vi: 'Người giúp đỡ', en: 'Helper' },
  VIEWER: { vi: 'Người xem (sở, ngành)', en: 'Viewer (department)' },
  AUDITOR: { vi: 'Kiểm tra, giám sát', en: 'Auditor' },
};

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
  COMMUNE = 'COMMUNE',
}
export const UNIT_LEVEL_LABELS: Record<UnitLevel, Label> = {
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Province / city' },
  DISTRICT: { vi: 'Quận, huyện (trước 01/07/2025)', en: 'District (before 1 July 2025)' },
  WARD: { vi: 'Phường', en: 'Ward' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
};

export enum OrganisationKind {
  POLICE = 'POLICE',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
  WOMENS_UNION = 'WOMENS_UNION',
  YOUTH_UNION = 'YOUTH_UNION',
  VETERANS_ASSOCIATION = 'VETERANS_ASSOCIATION',
  FARMERS_ASSOCIATION = 'FARMERS_ASSOCIATION',
  RESIDENTIAL_GROUP = 'RESIDENTIAL_GROUP',
  EMPLOYER = 'EMPLOYER',
  OTHER = 'OTHER',
}
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Label> = {
  POLICE: { vi: 'Công an', en: 'Police' },
  PEOPLES_COMMITTEE: { vi: 'Ủy ban nhân dân', en: 'People’s Committee' },
  FATHERLAND_FRONT: { vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front' },
  WOMENS_UNION: { vi: 'Hội Liên hiệp Phụ nữ', en: 'Women’s Union' },
  YOUTH_UNION: { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  VETERANS_ASSOCIATION: { vi: 'Hội Cựu chiến binh', en: 'Veterans’ Association' },
  FARMERS_ASSOCIATION: { vi: 'Hội Nông dân', en: 'Farmers’ Association' },
  RESIDENTIAL_GROUP: { vi: 'Tổ dân phố', en: 'Residential group' },
  EMPLOYER: { vi: 'Doanh nghiệp', en: 'Employer' },
  OTHER: { vi: 'Khác', en: 'Other' },
};
