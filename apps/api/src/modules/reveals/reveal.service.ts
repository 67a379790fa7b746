import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import { keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { auditChange } from '../audit/audit.service.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { RevealSensitiveInput } from './reveal.inputs.js';
import type { SensitiveRevealConnection } from './reveal.types.js';
import { SensitiveReveal } from './sensitive-reveal.entity.js';
import { withTransaction } from '../../common/transaction.js';

export const REVEAL_MINUTES = 30;
/** What a grant opens, as listed in its audit row. */
export const SENSITIVE_FIELDS = [
  'citizenId',
  'convictions',
  'supplementaryPenalties',
  'obligations',
  'incidents',
  'expungementForecast',
  'contacts.notes',
];
const NEWEST_FIRST = keysetOrder('sensitiveReveals', 'DESC', ['granted_at', 'timestamptz'], ['id', 'uuid']);

export class RevealService {
  /** COMMITTEE and VIEWER users state a purpose and see the person's sensitive fields for 30 minutes. */
  async reveal(ctx: RequestContext, input: RevealSensitiveInput): Promise<SensitiveReveal> {
    const actor = requireActor(ctx);
    if (actor.serviceAccountId) {
      throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.serviceReveal');
    }
    const purpose = input.purpose.trim();
    if (purpose.length < 10) {
      throw badInput('input.purpose', 'TOO_SHORT.purpose');
    }
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId);
      const repo = ctx.db.getRepository(SensitiveReveal);
      const [{ expires_at }] = (await ctx.db.query(`SELECT now() + make_interval(mins => $1) AS expires_at`, [
        REVEAL_MINUTES,
      ])) as [{ expires_at: Date }];
      const grant = await repo.save(
        repo.create({ userId: actor.userId, returneeId: returnee.id, purpose, expiresAt: expires_at }),
      );
      await auditChange(ctx, 'revealSensitive', grant, SENSITIVE_FIELDS, returnee.id);
      ctx.loaders.liveReveal.clear(`${actor.userId}:${returnee.id}`);
      return grant;
    });
  }

  /** Reveals about people in the admin's scope, newest first, for review. */
  async list(
    ctx: RequestContext,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<SensitiveRevealConnection> {
    const page = keysetPage(NEWEST_FIRST, first, after);
    const inScope = 'g.returnee_id IN (SELECT r.id FROM returnee r WHERE r.unit_id = ANY($1::uuid[]))';
    const list = { table: 'sensitive_reveal', alias: 'g', where: [inScope], params: [await ctx.unitScope()] };
    return readEntityPage(ctx.db, ctx.db.getRepository(SensitiveReveal), page, list);
  }
}

export const revealService = new RevealService();
