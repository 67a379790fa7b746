import { normalizeName } from '@hoanhap/shared';
import { IsNull } from 'typeorm';
import { requireActor } from '../../common/access.js';
import { appError, ErrorCode, notFound, type Said } from '../../common/errors.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { unitsService } from '../units/units.service.js';
import { CasePackage, CasePackageStatus } from './case-package.entity.js';
import { readPackage, type SignedCasePackage, signatureValid } from './case-package-format.js';
import { writePackageRecords } from './case-package-records.js';
import { deploymentKey, parsePublicKey } from './deployment-key.js';
import { type AcceptCasePackageInput, PackageMatch } from './handover.inputs.js';
import { PartnerDeployment } from './partner-deployment.entity.js';
import { registerPerson, updatePerson } from '../imports/import-write.js';
import type { PersonRow } from '../imports/import-rows.js';
import { recordEvent } from '../events/events.service.js';

/** A refused package: the reason code is the catalogue key, e.g. PACKAGE_TAMPERED. */
const refused = (key: Said & string) => appError(ErrorCode.BAD_USER_INPUT, key, { reason: key, field: 'package' });

/** Who the package's person is on record here, as the receiving officer sees it. */
export interface PackageMatchFound {
  kind: 'EXISTING' | 'POSSIBLE_DUPLICATE' | 'NEW';
  returneeId: string | null;
  fullName: string | null;
}

export interface CasePackagePreview {
  packageId: string;
  from: { code: string; name: string };
  to: SignedCasePackage['to'];
  handedOverOn: string;
  person: Record<string, unknown>;
  openTasks: SignedCasePackage['openTasks'];
  auditSummary: SignedCasePackage['auditSummary'];
  counts: Record<string, number>;
  match: PackageMatchFound;
}

/**
 * Checks a package in the order that gives the truest reason: a file that is no package, a
 * package without a signature, a sender this deployment does not trust (or no longer does), a
 * signature that does not verify (any byte changed after signing), a package for another
 * deployment, one accepted already. Throws the reason; writes nothing.
 */
async function verified(ctx: RequestContext, pkg: SignedCasePackage | 'UNSIGNED' | 'MALFORMED') {
  if (pkg === 'MALFORMED') throw refused('PACKAGE_MALFORMED');
  if (pkg === 'UNSIGNED') throw refused('PACKAGE_UNSIGNED');
  const partners = await ctx.db.getRepository(PartnerDeployment).find({ where: { code: pkg.from.code } });
  const partner = partners.find((p) => p.revokedAt === null);
  if (!partner) throw refused(partners.length > 0 ? 'PACKAGE_SENDER_REVOKED' : 'PACKAGE_UNKNOWN_SENDER');
  const key = parsePublicKey(partner.publicKey);
  if (!key || !signatureValid(pkg, key)) throw refused('PACKAGE_TAMPERED');
  if (pkg.to.code !== (await deploymentKey(ctx)).code) throw refused('PACKAGE_WRONG_ADDRESS');
  const [seen] = (await ctx.db.query(`SELECT status FROM case_package WHERE id = $1 FOR UPDATE`, [pkg.id])) as Array<{
    status: CasePackageStatus;
  }>;
  if (seen && seen.status !== CasePackageStatus.PREVIEWED) throw refused('PACKAGE_ALREADY_ACCEPTED');
  return { pkg, partner, seen: !!seen };
}

/** The person on record the package may be: by identity number anywhere, else by name and date of birth in scope. */
async function findMatch(ctx: RequestContext, person: Record<string, unknown>): Promise<PackageMatchFound> {
  const citizenId = typeof person.citizenId === 'string' ? person.citizenId : null;
  if (citizenId) {
    const [same] = (await ctx.db.query('SELECT id, full_name FROM returnee WHERE citizen_id = $1', [
      citizenId,
    ])) as Array<{
      id: string;
      full_name: string;
    }>;
    if (same) return { kind: 'EXISTING', returneeId: same.id, fullName: same.full_name };
  }
  // As an import row (imports/import-write.ts): same normalised name and date of birth, in the officer's units.
  const [alike] = (await ctx.db.query(
    `SELECT r.id, r.full_name FROM returnee r
     WHERE (r.search_name = $1 OR r.search_name LIKE $1 || ' %')
       AND ($2::date IS NULL OR r.date_of_birth = $2::date) AND r.unit_id = ANY($3::uuid[])
     ORDER BY r.id LIMIT 1`,
    [normalizeName(String(person.fullName ?? '')), person.dateOfBirth ?? null, await ctx.unitScope()],
  )) as Array<{ id: string; full_name: string }>;
  if (alike) return { kind: 'POSSIBLE_DUPLICATE', returneeId: alike.id, fullName: alike.full_name };
  return { kind: 'NEW', returneeId: null, fullName: null };
}

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/**
 * The receiving side. A preview verifies the package and keeps it (PREVIEWED) for the accept
 * that follows; a refusal writes nothing. Accepting writes the person and the records in one
 * transaction and marks the package ACCEPTED: the same package id is refused ever after.
 */
export class CasePackageReceiveService {
  async preview(ctx: RequestContext, text: string): Promise<CasePackagePreview> {
    const actor = requireActor(ctx);
    return withTransaction(ctx, async (ctx) => {
      const { pkg, partner, seen } = await verified(ctx, readPackage(text));
      if (seen) {
        await ctx.db.query('UPDATE case_package SET by_user_id = $2 WHERE id = $1', [pkg.id, actor.userId]);
      } else {
        await ctx.db.getRepository(CasePackage).insert({
          id: pkg.id,
          status: CasePackageStatus.PREVIEWED,
          fromCode: pkg.from.code,
          toCode: pkg.to.code,
          returneeId: null,
          // Kept as received (signature included), so the accept verifies it again.
          content: pkg as never,
          byUserId: actor.userId,
          acceptedAt: null,
        });
      }
      const p = pkg.person;
      return {
        packageId: pkg.id,
        from: { code: partner.code, name: partner.name },
        to: pkg.to,
        handedOverOn: pkg.handedOverOn,
        person: {
          fullName: p.fullName,
          dateOfBirth: p.dateOfBirth ?? null,
          sex: p.sex ?? null,
          citizenId: p.citizenId ?? null,
          permanentAddress: p.permanentAddress ?? null,
          currentAddress: p.currentAddress ?? null,
          returnedOn: p.returnedOn ?? null,
          status: p.status ?? null,
        },
        openTasks: pkg.openTasks,
        auditSummary: pkg.auditSummary,
        counts: {
          releases: count(p.releases),
          convictions: count(p.convictions),
          employmentPeriods: count(p.employmentPeriods),
          classifications: count(p.classifications),
          contacts: count(p.contacts),
          supports: count(p.supports),
          helpers: count(p.helpers),
          documents: count(pkg.documents),
        },
        match: await findMatch(ctx, p),
      };
    });
  }

  async accept(ctx: RequestContext, input: AcceptCasePackageInput): Promise<string> {
    requireActor(ctx);
    return withTransaction(ctx, async (ctx) => {
      const row = UUID.test(input.packageId)
        ? await ctx.db.getRepository(CasePackage).findOneBy({ id: input.packageId, acceptedAt: IsNull() })
        : null;
      if (!row?.content) {
        const accepted =
          UUID.test(input.packageId) && (await ctx.db.getRepository(CasePackage).existsBy({ id: input.packageId }));
        if (accepted) throw refused('PACKAGE_ALREADY_ACCEPTED');
        throw notFound('NOT_FOUND.casePackage');
      }
      // Checked again: the partner may have been revoked since the preview.
      const { pkg } = await verified(ctx, readPackage(JSON.stringify(row.content)));
      const unit = await unitsService.findInScope(ctx, input.unitCode.trim());
      if (!unit) throw notFound('NOT_FOUND.unit');
      const person = personRow(pkg.person);
      let returneeId: string;
      if (input.match === PackageMatch.EXISTING) {
        const current = await requireVisibleReturnee(ctx, input.returneeId ?? '', { lock: true });
        await updatePerson(ctx, current, person);
        returneeId = current.id;
      } else {
        returneeId = await registerPerson(ctx, unit.code, person);
      }
      const written = await writePackageRecords(ctx, returneeId, unit.id, pkg);
      await ctx.db.query(
        `UPDATE case_package SET status = 'ACCEPTED', returnee_id = $2, accepted_at = now(), by_user_id = $3 WHERE id = $1`,
        [pkg.id, returneeId, ctx.actor?.userId],
      );
      await recordEvent(ctx, { type: 'person.received', subjectId: returneeId, unitId: unit.id });
      await audit(ctx, {
        action: 'acceptCasePackage',
        objectType: 'CasePackage',
        objectId: pkg.id,
        returneeId,
        fields: [
          `from:${pkg.from.code}`,
          `match:${input.match}`,
          ...Object.entries(written).map(([k, n]) => `${k}:${n}`),
        ],
      });
      return returneeId;
    });
  }
}

/** The person's details as the import writes them (the same rules for a new or matched person). */
function personRow(p: Record<string, unknown>): PersonRow {
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  const row: PersonRow = {
    fullName: text(p.fullName),
    dateOfBirth: text(p.dateOfBirth),
    sex: text(p.sex) as PersonRow['sex'],
    citizenId: text(p.citizenId),
    permanentAddress: text(p.permanentAddress),
    currentAddress: text(p.currentAddress),
    residentialGroup: text(p.residentialGroup),
    returnedOn: text(p.returnedOn),
  };
  // What the package leaves empty does not erase what the receiving ward holds.
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as PersonRow;
}

export const casePackageReceiveService = new CasePackageReceiveService();
