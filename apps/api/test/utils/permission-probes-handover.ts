import type { DataSource } from 'typeorm';
import type { Probe } from './permission-probes.js';

/** A partner already revoked: revoking it again is refused on the rule (CONFLICT), so nothing changes. */
export const REVOKED_PARTNER_ID = '0f0e0d0c-0b0a-4999-8888-777766665555';

/** Puts the revoked partner the `revokePartnerDeployment` probe acts on. */
export async function seedRevokedPartner(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO partner_deployment (id, version, code, name, public_key, revoked_at)
     VALUES ($1, 1, 'doi-tac-cu', 'Đối tác cũ', 'không dùng', now()) ON CONFLICT (id) DO NOTHING`,
    [REVOKED_PARTNER_ID],
  );
}

/**
 * Hand-over between deployments (docs/api.md, Case packages). Each probe stops on a rule after the
 * access checks, so no package is made, accepted or trusted while the matrix runs.
 */
export const HANDOVER_PROBES: Record<string, Probe> = {
  deploymentIdentity: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '{ code }',
    vars: () => ({}),
    unscoped: true,
  },
  partnerDeployments: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '{ id }',
    vars: () => ({}),
    unscoped: true,
  },
  handoverDestinations: {
    kind: 'query',
    varDefs: '',
    args: '',
    selection: '{ code }',
    vars: () => ({}),
    unscoped: true,
  },
  registerPartnerDeployment: {
    kind: 'mutation',
    varDefs: '$input: RegisterPartnerDeploymentInput!',
    args: 'input: $input',
    selection: '{ id }',
    // Not a key: allowed callers get INVALID_PUBLIC_KEY.
    vars: (_t, n) => ({ input: { code: `doi-tac-${n}`, name: 'Đối tác thử', publicKey: 'khong-phai-khoa' } }),
    unscoped: true,
  },
  revokePartnerDeployment: {
    kind: 'mutation',
    varDefs: '$id: ID!',
    args: 'id: $id',
    selection: '{ id }',
    vars: () => ({ id: REVOKED_PARTNER_ID }),
    unscoped: true,
  },
  exportCasePackage: {
    kind: 'mutation',
    varDefs: '$input: ExportCasePackageInput!',
    args: 'input: $input',
    selection: '{ packageId }',
    // A hand-over day before the person came back: refused after the scope check, nothing written.
    vars: (t) => ({
      input: {
        returneeId: t.personId,
        toDeploymentCode: 'tinh-khac',
        toUnitName: 'Phường Thử, tỉnh Khác',
        handedOverOn: '1900-01-01',
        reason: 'Người này chuyển đến tỉnh khác sinh sống',
      },
    }),
  },
  acceptCasePackage: {
    kind: 'mutation',
    varDefs: '$input: AcceptCasePackageInput!',
    args: 'input: $input',
    selection: '{ id }',
    // A blank ward: allowed callers are refused on the input, before any package is looked up.
    vars: () => ({ input: { packageId: REVOKED_PARTNER_ID, match: 'NEW', unitCode: ' ' } }),
    unscoped: true,
  },
};
