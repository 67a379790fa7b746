import { addMonths, Role, SERVICE_ACCOUNT_ROLES, todayInVietnam } from '@hoanhap/shared';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import type { Actor, RequestContext } from '../../context.js';
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

/** Root fields of the schema (queries and mutations): what an allowed-operations list may name. */
function rootFieldNames(schema: GraphQLSchema): Set<string> {
  return new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
}

export class ServiceAccountService {
  /**
   * Resolves a Bearer key to an actor (not revoked, not expired) with its unit scope, touching
   * `last_used_at` at most once a minute.
   */
  async actorFromKey(dataSource: DataSource, key: string): Promise<Actor | null> {
    if (!key) return null;
    const rows: Array<{ id: string; role: Role; unit_id: string; allowed_operations: string[]; scope: string[] }> =
      await dataSource.query(
        `WITH live AS (
           SELECT a.id, a.role, a.unit_id, a.allowed_operations FROM service_account a
           WHERE a.key_hash = $1 AND a.revoked_at IS NULL
             AND a.expires_on > (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
         ), touch AS (
           UPDATE service_account SET last_used_at = now()
           WHERE key_hash = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
             AND EXISTS (SELECT 1 FROM live)
         )
         SELECT live.*, ${carriedScopeSql('live.unit_id')} AS scope
         FROM live`,
        [serviceKeyHash(key)],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      role: row.role,
      unitId: row.unit_id,
      organisationId: null,
      unitScope: carriedScope(row.scope),
      sessionTokenHash: '',
      serviceAccountId: row.id,
      allowedOperations: row.allowed_operations,
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
    const known = rootFieldNames(schema);
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
    const key = newServiceKey();
    const serviceAccount = await withTransaction(ctx, async (ctx) => {
      const saved = await saveNew(ctx, ServiceAccount, {
        name: input.name.trim(),
        role: input.role,
        unitId: unit.id,
        allowedOperations: operations,
        expiresOn: input.expiresOn,
        keyHash: serviceKeyHash(key),
        createdById: actor.userId,
      });
      await auditChange(ctx, 'createServiceAccount', saved, [
        'name',
        'role',
        'unitCode',
        'allowedOperations',
        'expiresOn',
        'key',
      ]);
      return saved;
    });
    return { serviceAccount, key };
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
