import { IsNull } from 'typeorm';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { requireActor } from '../../common/access.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { auditChange } from '../audit/audit.service.js';
import { DeploymentKey } from './deployment-key.entity.js';
import { deploymentKey, parsePublicKey } from './deployment-key.js';
import type { RegisterPartnerDeploymentInput } from './handover.inputs.js';
import { PartnerDeployment } from './partner-deployment.entity.js';

/** The administrator's side of trust between deployments: this one's key, and the partners' keys. */
export class PartnerService {
  /** This deployment's code and public key (made on first use). */
  identity(ctx: RequestContext): Promise<DeploymentKey> {
    requireActor(ctx);
    return withTransaction(ctx, (ctx) => deploymentKey(ctx));
  }

  list(ctx: RequestContext): Promise<PartnerDeployment[]> {
    return ctx.db
      .getRepository(PartnerDeployment)
      .find({ order: { revokedAt: { direction: 'ASC', nulls: 'FIRST' }, code: 'ASC' } });
  }

  register(ctx: RequestContext, input: RegisterPartnerDeploymentInput): Promise<PartnerDeployment> {
    const key = parsePublicKey(input.publicKey);
    if (!key) throw badInput('input.publicKey', 'INVALID_PUBLIC_KEY');
    const code = input.code.trim();
    return withTransaction(ctx, async (ctx) => {
      if ((await deploymentKey(ctx)).code === code) throw badInput('input.code', 'SAME_DEPLOYMENT');
      const taken = await ctx.db.getRepository(PartnerDeployment).findOneBy({ code, revokedAt: IsNull() });
      if (taken) throw badInput('input.code', 'DUPLICATE.partnerCode');
      const partner = await saveNew(ctx, PartnerDeployment, {
        code,
        name: input.name.trim(),
        // Stored as PEM whatever form it came in, so every key reads the same way.
        publicKey: key.export({ type: 'spki', format: 'pem' }).toString(),
        contact: input.contact?.trim() || null,
        revokedAt: null,
      });
      await auditChange(ctx, 'registerPartnerDeployment', partner, [
        'code',
        'name',
        'publicKey',
        ...(input.contact ? ['contact'] : []),
      ]);
      return partner;
    });
  }

  /** Packages signed with a revoked key are refused from now on, previewed ones included. */
  revoke(ctx: RequestContext, id: string): Promise<PartnerDeployment> {
    return withTransaction(ctx, async (ctx) => {
      const partner = UUID.test(id)
        ? await ctx.db.getRepository(PartnerDeployment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!partner) throw notFound('NOT_FOUND.partner');
      if (partner.revokedAt) throw appError(ErrorCode.CONFLICT, 'ALREADY_ENDED.partner', { reason: 'ALREADY_ENDED' });
      partner.revokedAt = new Date();
      const saved = await ctx.db.getRepository(PartnerDeployment).save(partner);
      await auditChange(ctx, 'revokePartnerDeployment', saved, ['revokedAt']);
      return saved;
    });
  }
}

export const partnerService = new PartnerService();
