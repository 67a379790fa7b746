import { addDays, todayInVietnam } from '@hoanhap/shared';
import type { GqlClient } from './test-server.js';

export const CREATE_AGREEMENT = `mutation ($input: CreateDataSharingAgreementInput!) {
  createDataSharingAgreement(input: $input) {
    id version status counterpart allowedOperations redactedFields startsOn endsOn unit { code }
  }
}`;

/** The terms of a data-sharing agreement, valid as given; `over` changes some. */
export function agreementInput(over: Record<string, unknown> = {}) {
  return {
    counterpart: 'Sở Lao động – Thương binh và Xã hội Hải Phòng',
    legalBasisNumber: '125/QĐ-UBND',
    legalBasisDate: '2026-01-15',
    purpose: 'Thống kê việc làm của người chấp hành xong án phạt tù',
    unitCode: 'lam-ha',
    allowedOperations: ['reintegrationStats', 'returnees', 'returnee', 'agreementUsage'],
    redactedFields: [],
    startsOn: addDays(todayInVietnam(), -30),
    endsOn: addDays(todayInVietnam(), 365),
    contactName: 'Nguyễn Văn An',
    contactEmail: 'an.nv@soldtbxh.example',
    contactPhone: '0225 3842 111',
    ...over,
  };
}

/** Records an agreement as `admin` and returns its id (throws on any error). */
export async function createAgreement(admin: GqlClient, over: Record<string, unknown> = {}): Promise<string> {
  const res = await admin.request<{ createDataSharingAgreement: { id: string } }>(CREATE_AGREEMENT, {
    input: agreementInput(over),
  });
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createDataSharingAgreement.id;
}
