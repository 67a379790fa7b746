import { Role } from '@hoanhap/shared';
import { requireRole } from '../../common/access.js';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import type { RevealSensitiveInput } from './reveal.inputs.js';
import type { SensitiveRevealConnection } from './reveal.types.js';
import { SensitiveReveal } from './sensitive-reveal.entity.js';

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
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

function decodeCursor(cursor: string): [string, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/.test(id))
      return [at, id];
  } catch {
    // falls through
  }
  throw badInput('after', 'Con trỏ trang không hợp lệ. / Invalid cursor.', 'INVALID_CURSOR');
}

export class RevealService {
  /** COMMITTEE and VIEWER users state a purpose and see the person's sensitive fields for 30 minutes. */
  async reveal(ctx: RequestContext, input: RevealSensitiveInput): Promise<SensitiveReveal> {
    const actor = requireRole(ctx, [Role.COMMITTEE, Role.VIEWER]);
    if (actor.serviceAccountId) {
      throw appError(
        ErrorCode.FORBIDDEN,
        'Tài khoản tích hợp không được xem dữ liệu nhạy cảm. / Service accounts cannot reveal sensitive fields.',
      );
    }
    const purpose = input.purpose.trim();
    if (purpose.length < 10) {
      throw badInput(
        'input.purpose',
        'Cần nêu rõ mục đích (ít nhất 10 ký tự). / State the purpose (at least 10 characters).',
        'TOO_SHORT',
      );
    }
    return ctx.dataSource.transaction(async (tx) => {
      const returnee = await requireVisibleReturnee(tx, ctx, input.returneeId);
      const repo = tx.getRepository(SensitiveReveal);
      const [{ expires_at }] = (await tx.query(`SELECT now() + make_interval(mins => $1) AS expires_at`, [
        REVEAL_MINUTES,
      ])) as [{ expires_at: Date }];
      const grant = await repo.save(
        repo.create({ userId: actor.userId, returneeId: returnee.id, purpose, expiresAt: expires_at }),
      );
      await audit(tx, ctx, {
        action: 'revealSensitive',
        objectType: 'SensitiveReveal',
        objectId: grant.id,
        returneeId: returnee.id,
        fields: SENSITIVE_FIELDS,
      });
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
    requireRole(ctx, [Role.ADMIN]);
    if (first !== null && first !== undefined && (first < 0 || first > MAX_PAGE)) {
      throw badInput('first', 'Số dòng phải từ 0 đến 100. / first must be between 0 and 100.', 'OUT_OF_RANGE');
    }
    const limit = first ?? DEFAULT_PAGE;
    const cursor = after ? decodeCursor(after) : null;
    const scope = await ctx.unitScope();
    const inScope = 'g.returnee_id IN (SELECT r.id FROM returnee r WHERE r.unit_id = ANY($1::uuid[]))';
    const rows: Array<{ id: string; at: string }> = await ctx.dataSource.query(
      `SELECT g.id, to_char(g.granted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
       FROM sensitive_reveal g
       WHERE ${inScope} AND ($2::timestamptz IS NULL OR (g.granted_at, g.id) < ($2::timestamptz, $3::uuid))
       ORDER BY g.granted_at DESC, g.id DESC LIMIT $4`,
      [scope, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const [{ count }] = (await ctx.dataSource.query(
      `SELECT count(*)::int AS count FROM sensitive_reveal g WHERE ${inScope}`,
      [scope],
    )) as [{ count: number }];
    const page = rows.slice(0, limit);
    const grants = page.length
      ? await ctx.dataSource.getRepository(SensitiveReveal).findBy(page.map((r) => ({ id: r.id })))
      : [];
    const byId = new Map(grants.map((g) => [g.id, g]));
    const edges = page.map((r) => ({
      cursor: Buffer.from(JSON.stringify([r.at, r.id])).toString('base64url'),
      node: byId.get(r.id) as SensitiveReveal,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: count,
    };
  }
}

export const revealService = new RevealService();
