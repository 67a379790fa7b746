import { AgreementStatus, isRedactableField } from '@hoanhap/shared';
import type { GraphQLSchema } from 'graphql';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { saveNew } from '../../common/records.js';
import { schemaRootFields } from '../../common/root-fields.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { unitsService } from '../units/units.service.js';
import { DataSharingAgreement } from './agreement.entity.js';
import type {
  CreateDataSharingAgreementInput,
  DataSharingAgreementTermsInput,
  SuspendDataSharingAgreementInput,
  UpdateDataSharingAgreementInput,
} from './agreement.inputs.js';

const agreementNotFound = () => notFound('NOT_FOUND.agreement');

type Terms = DataSharingAgreementTermsInput;

/** Blank optional text is no value. */
const orNull = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * The terms as stored, once checked: sharing personal data needs a legal basis, a purpose and
 * limits (Decree 13/2023/NĐ-CP art. 17; Law 91/2025/QH15), so each is required and checked here.
 */
function checkedTerms(input: Terms, schema: GraphQLSchema) {
  const known = schemaRootFields(schema);
  const operations = [...new Set(input.allowedOperations)];
  const unknown = input.allowedOperations.findIndex((name) => !known.has(name));
  if (unknown >= 0) throw badInput(`input.allowedOperations.${unknown}`, 'UNKNOWN_OPERATION');
  const redacted = [...new Set(input.redactedFields)];
  const notRedactable = input.redactedFields.findIndex((name) => !isRedactableField(name));
  if (notRedactable >= 0) throw badInput(`input.redactedFields.${notRedactable}`, 'UNKNOWN_FIELD.redacted');
  if (input.endsOn < input.startsOn) throw badInput('input.endsOn', 'BEFORE_START.agreementEnd');
  return {
    counterpart: input.counterpart.trim(),
    legalBasisNumber: input.legalBasisNumber.trim(),
    legalBasisDate: input.legalBasisDate,
    purpose: input.purpose.trim(),
    allowedOperations: operations,
    redactedFields: redacted.sort(),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    contactName: orNull(input.contactName),
    contactEmail: orNull(input.contactEmail),
    contactPhone: orNull(input.contactPhone),
  };
}

export class AgreementService {
  /** Agreements of units in the admin's scope (or of one unit), latest first. */
  async list(ctx: RequestContext, unitCode?: string | null): Promise<DataSharingAgreement[]> {
    let units = await ctx.unitScope();
    if (unitCode) {
      const unit = await unitsService.findInScope(ctx, unitCode);
      if (!unit) throw notFound('NOT_FOUND.unit');
      units = [unit.id];
    }
    return ctx.db
      .getRepository(DataSharingAgreement)
      .createQueryBuilder('a')
      .where('a.unit_id = ANY(:units::uuid[])', { units })
      .orderBy('a.ends_on', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** One agreement in scope; out of scope looks like not found. */
  async findInScope(ctx: RequestContext, id: string, lock = false): Promise<DataSharingAgreement | null> {
    if (!UUID.test(id)) return null;
    const query = ctx.db
      .getRepository(DataSharingAgreement)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere('a.unit_id = ANY(:units::uuid[])', { units: await ctx.unitScope() });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async get(ctx: RequestContext, id: string): Promise<DataSharingAgreement> {
    const agreement = await this.findInScope(ctx, id);
    if (!agreement) throw agreementNotFound();
    return agreement;
  }

  async create(
    ctx: RequestContext,
    input: CreateDataSharingAgreementInput,
    schema: GraphQLSchema,
  ): Promise<DataSharingAgreement> {
    const actor = requireActor(ctx);
    const terms = checkedTerms(input, schema);
    const unit = await unitsService.findInScope(ctx, input.unitCode);
    if (!unit) throw notFound('NOT_FOUND.unit');
    return withTransaction(ctx, async (ctx) => {
      const saved = await saveNew(ctx, DataSharingAgreement, {
        ...terms,
        unitId: unit.id,
        status: AgreementStatus.ACTIVE,
        suspensionReason: null,
        createdById: actor.userId,
      });
      await auditChange(ctx, 'createDataSharingAgreement', saved, givenFields(input));
      return saved;
    });
  }

  /** New terms, only from the version the admin read (CONFLICT otherwise, with the current version). */
  async update(
    ctx: RequestContext,
    input: UpdateDataSharingAgreementInput,
    schema: GraphQLSchema,
  ): Promise<DataSharingAgreement> {
    const terms = checkedTerms(input, schema);
    return withTransaction(ctx, async (ctx) => {
      const agreement = await this.findInScope(ctx, input.id, true);
      if (!agreement) throw agreementNotFound();
      if (agreement.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.agreement', { currentVersion: agreement.version });
      }
      Object.assign(agreement, terms);
      const saved = await ctx.db.getRepository(DataSharingAgreement).save(agreement);
      await auditChange(ctx, 'updateDataSharingAgreement', saved, givenFields(input, ['id', 'version']));
      return saved;
    });
  }

  /** Its keys are refused from the next request on, until it is resumed. */
  async suspend(ctx: RequestContext, input: SuspendDataSharingAgreementInput): Promise<DataSharingAgreement> {
    return this.setStatus(ctx, input.id, AgreementStatus.SUSPENDED, input.reason.trim());
  }

  async resume(ctx: RequestContext, id: string): Promise<DataSharingAgreement> {
    return this.setStatus(ctx, id, AgreementStatus.ACTIVE, null);
  }

  private setStatus(
    ctx: RequestContext,
    id: string,
    status: AgreementStatus,
    reason: string | null,
  ): Promise<DataSharingAgreement> {
    return withTransaction(ctx, async (ctx) => {
      const agreement = await this.findInScope(ctx, id, true);
      if (!agreement) throw agreementNotFound();
      if (agreement.status === status) {
        const key = status === AgreementStatus.SUSPENDED ? 'ALREADY_SUSPENDED.agreement' : 'NOT_SUSPENDED.agreement';
        throw appError(ErrorCode.CONFLICT, key, { reason: key.split('.')[0] });
      }
      agreement.status = status;
      agreement.suspensionReason = reason;
      const saved = await ctx.db.getRepository(DataSharingAgreement).save(agreement);
      const suspended = status === AgreementStatus.SUSPENDED;
      await auditChange(
        ctx,
        suspended ? 'suspendDataSharingAgreement' : 'resumeDataSharingAgreement',
        saved,
        suspended ? ['status', 'reason'] : ['status'],
      );
      return saved;
    });
  }
}

export const agreementService = new AgreementService();
