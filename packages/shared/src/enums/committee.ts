import type { Label } from '../labels.js';

/** The steering committee and its pledges. */

export enum CommitteeRole {
  HEAD = 'HEAD',
  STANDING_DEPUTY = 'STANDING_DEPUTY',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}
export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, Label> = {
  HEAD: { vi: 'Trưởng ban', en: 'Head' },
  STANDING_DEPUTY: { vi: 'Phó Trưởng ban thường trực', en: 'Standing deputy head' },
  DEPUTY: { vi: 'Phó Trưởng ban', en: 'Deputy head' },
  MEMBER: { vi: 'Thành viên', en: 'Member' },
  SECRETARY: { vi: 'Thư ký', en: 'Secretary' },
};

export enum PledgeKind {
  EMULATION = 'EMULATION',
  RETURNEE = 'RETURNEE',
  FAMILY = 'FAMILY',
  EMPLOYER = 'EMPLOYER',
}
export const PLEDGE_KIND_LABELS: Record<PledgeKind, Label> = {
  EMULATION: { vi: 'Giao ước thi đua', en: 'Emulation pledge' },
  RETURNEE: { vi: 'Cam kết của người tái hòa nhập', en: 'Returnee’s pledge' },
  FAMILY: { vi: 'Cam kết của gia đình', en: 'Family pledge' },
  EMPLOYER: { vi: 'Cam kết của doanh nghiệp', en: 'Employer pledge' },
};
