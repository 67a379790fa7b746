import { addMonths, Role, SERVICE_ACCOUNT_ROLES, todayInVietnam } from '@hoanhap/shared';
import type { GraphQLSchema } from 'graphql';
import { schemaRootFields } from '../../common/root-fields.js';
import type { DataSource } from 'typeorm';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import type { Actor, KeyRefusal, RequestContext } from '../../context.js';
import { agreementService } from '../agreements/agreement.service.js';
import { isAgreementInForce } from '../agreements/agreement-status.js';
import { auditChange } from '../audit/audit.service.js';
import { unitsService } from '../units/units.service.js';
import { ServiceAccount } from './service-account.entity.js';
import type { CreateServiceAccountInput, RevokeServiceAccountInput } from './service-account.inputs.js';
import { newServiceKey, serviceKeyHash } from './service-account-key.js';
import type { CreateServiceAccountResult } from './service-account.types.js';
import { UUID } from '../../common/uuid.js';
import { withTransaction } from '../../common/transaction.js';
import { carriedScope, carriedScopeSql } from '../units/units.service.js';
import { saveNew } from '../../common/records.js';

const accountNotFound = () => notFound('NOT_FOUND.serviceAccount');

/** Today in Việt Nam, in SQL: keys and agreements change on the civil day there. */
const TODAY = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** What a Bearer key signs in as: an actor, or none, with the reason when its agreement stopped it. */
export interface KeySignIn {
  actor: Actor | null;
  keyRefusal?: KeyRefusal;
}

export class ServiceAccountService {
  /**
   * Resolves a Bearer key to an actor (not revoked, not expired, its agreement in force) with its
   * unit scope, touching `last_used_at` at most once a minute. The agreement is read in the same
   * statement: a key whose agreement is suspended, ended or not yet started gives no actor and a
   * `keyRefusal` saying why (Decree 13/2023/NĐ-CP art. 17: no legal basis in force, no sharing).
   * The key's operations are cut to its agreement's, so narrowing an agreement narrows its keys.
   */
  async actorFromKey(dataSource: DataSource, key: string): Promise<KeySignIn> {
    if (!key) return { actor: null };
    const rows: Array<{
      id: string;
      role: Role;
      unit_id: string;
      allowed_operations: string[];
      agreement_id: string;
      redacted_fields: string[];
      refusal: KeyRefusal['reason'] | null;
      scope: string[];
    }> = await dataSource.query(
      `WITH live AS (
         SELECT a.id, a.role, a.unit_id, a.agreement_id, d.redacted_fields,
                ARRAY(SELECT op FROM unnest(a.allowed_operations) op WHERE op = ANY(d.allowed_operations)) AS allowed_operations,
                CASE WHEN d.status = 'SUSPENDED' THEN 'AGREEMENT_SUSPENDED'
                     WHEN d.ends_on < ${TODAY} THEN 'AGREEMENT_ENDED'
                     WHEN d.starts_on > ${TODAY} THEN 'AGREEMENT_NOT_STARTED' END AS refusal
         FROM service_account a JOIN data_sharing_agreement d ON d.id = a.agreement_id
         WHERE a.key_hash = $1 AND a.revoked_at IS NULL AND a.expires_on > ${TODAY}
       ), touch AS (
         UPDATE service_account SET last_used_at = now()
         WHERE key_hash = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
           AND EXISTS (SELECT 1 FROM live WHERE refusal IS NULL)
       )
       SELECT live.*, ${carriedScopeSql('live.unit_id')} AS scope
       FROM live`,
      [serviceKeyHash(key)],
    );
    const row = rows[0];
    if (!row) return { actor: null };
    if (row.refusal) return { actor: null, keyRefusal: { agreementId: row.agreement_id, reason: row.refusal } };
    return {
      actor: {
        userId: row.id,
        role: row.role,
        unitId: row.unit_id,
        organisationId: null,
        unitScope: carriedScope(row.scope),
        sessionTokenHash: '',
        serviceAccountId: row.id,
        allowedOperations: row.allowed_operations,
        agreement: { id: row.agreement_id, redactedFields: row.redacted_fields },
      },
    };
  }

  /** `schema` is the one serving the request: allowed operations must name its root fields. */
  async create(
    ctx: RequestContext,
    input: CreateServiceAccountInput,
    schema: GraphQLSchema,
  ): Promise<CreateServiceAccountResult> {
    const actor = requireActor(ctx);
    if (!SERVICE_ACCOUNT_ROLES.includes(input.role)) {
      throw badInput('input.role', 'NOT_ALLOWED.serviceRole');
    }
    const known = schemaRootFields(schema);
    const operations = [...new Set(input.allowedOperations)];
    const unknown = operations.findIndex((name) => !known.has(name));
    if (unknown >= 0) {
      throw badInput(
        `input.allowedOperations.${input.allowedOperations.indexOf(operations[unknown] ?? '')}`,
        'UNKNOWN_OPERATION',
      );
    }
    const today = todayInVietnam();
    if (input.expiresOn <= today) {
      throw badInput('input.expiresOn', 'IN_PAST.expiry');
    }
    if (input.expiresOn > addMonths(today, 24)) {
      throw badInput('input.expiresOn', 'TOO_LATE');
    }
    const unit = await unitsService.findInScope(ctx, input.unitCode);
    if (!unit) throw notFound('NOT_FOUND.unit');
    await this.checkWithinAgreement(ctx, input, operations, unit.id);
    const key = newServiceKey();
    const serviceAccount = await withTransaction(ctx, async (ctx) => {
      const saved = await saveNew(ctx, ServiceAccount, {
        name: input.name.trim(),
        role: input.role,
        unitId: unit.id,
        agreementId: input.agreementId,
        allowedOperations: operations,
        expiresOn: input.expiresOn,
        keyHash: serviceKeyHash(key),
        createdById: actor.userId,
      });
      await auditChange(ctx, 'createServiceAccount', saved, [
        'name',
        'role',
        'unitCode',
        'agreementId',
        'allowedOperations',
        'expiresOn',
        'key',
      ]);
      return saved;
    });
    return { serviceAccount, key };
  }

  /**
   * A key never exceeds its agreement: its operations are among the agreement's, its unit inside
   * the agreement's scope, and the agreement is in force (Decree 13/2023/NĐ-CP art. 17).
   */
  private async checkWithinAgreement(
    ctx: RequestContext,
    input: CreateServiceAccountInput,
    operations: string[],
    unitId: string,
  ): Promise<void> {
    const agreement = await agreementService.findInScope(ctx, input.agreementId);
    if (!agreement) throw badInput('input.agreementId', 'NOT_FOUND.agreement');
    if (!isAgreementInForce(agreement)) throw badInput('input.agreementId', 'NOT_IN_FORCE.agreement');
    const outside = input.allowedOperations.findIndex((name) => !agreement.allowedOperations.includes(name));
    if (outside >= 0 && operations.length > 0) {
      throw badInput(`input.allowedOperations.${outside}`, 'OUTSIDE_AGREEMENT.operation');
    }
    const inScope: unknown[] = await ctx.db.query(
      'SELECT 1 FROM unit_closure WHERE ancestor_id = $1 AND unit_id = $2',
      [agreement.unitId, unitId],
    );
    if (inScope.length === 0) throw badInput('input.unitCode', 'OUTSIDE_AGREEMENT.unit');
  }

  /** Accounts of units in the admin's scope, newest first. */
  async list(ctx: RequestContext): Promise<ServiceAccount[]> {
    return ctx.db
      .getRepository(ServiceAccount)
      .createQueryBuilder('a')
      .where('a.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async revoke(ctx: RequestContext, input: RevokeServiceAccountInput): Promise<ServiceAccount> {
    if (!UUID.test(input.id)) throw accountNotFound();
    const scope = await ctx.unitScope();
    return withTransaction(ctx, async (ctx) => {
      const rows: Array<{ id: string }> = await ctx.db.query(
        'SELECT id FROM service_account WHERE id = $1 AND unit_id = ANY($2::uuid[]) FOR UPDATE',
        [input.id, scope],
      );
      if (rows.length === 0) throw accountNotFound();
      const repo = ctx.db.getRepository(ServiceAccount);
      const account = await repo.findOneByOrFail({ id: input.id });
      if (account.revokedAt) {
        throw appError(ErrorCode.CONFLICT, 'ALREADY_REVOKED', {
          reason: 'ALREADY_REVOKED',
        });
      }
      account.revokedAt = new Date();
      const saved = await repo.save(account);
      await auditChange(ctx, 'revokeServiceAccount', saved, ['revokedAt']);
      return saved;
    });
  }
}

export const serviceAccountService = new ServiceAccountService();
