import { Role, Permission, reasonMessage } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../common/errors.js';
import { AfterArg, FirstArg } from '../../common/pagination/index.js';
import { pagedListCost } from '../../common/query-cost.js';
import type { RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { listAuditLog } from './audit-log.service.js';
import { AuditEventConnection, AuditFilter } from './audit.types.js';

const HISTORY_DEFAULT = 50;
const HISTORY_MAX = 200;
/** The objects an audit row may point at that record the purpose stated for them. */
const PURPOSE_OBJECTS = new Set(['SensitiveReveal', 'PersonFileRead', 'PersonArchiveJob']);

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized(Permission.READ_AUDIT)
  @Query(() => AuditEventConnection, {
    description:
      'The audit log in your scope (auditors and administrators only), newest first, filtered and paged with keyset cursors.',
  })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEventConnection> {
    return listAuditLog(ctx, filter, first, after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for a refused sign-in.' })
  actor(@Root() e: AuditEvent, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return e.actorId ? ctx.loaders.userById.load(e.actorId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why: the purpose stated for a reveal of sensitive fields (revealSensitive rows), a reading of a whole file (read:personFile) or its archive (startPersonArchive, writePersonArchive, read:personArchive); null otherwise.',
  })
  purpose(@Root() e: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> | null {
    // Only readers of the audit log or of a file's access history reach an AuditEvent at all.
    if (!PURPOSE_OBJECTS.has(e.objectType) || !e.objectId) return null;
    return ctx.loaders.purposeByObject.load(`${e.objectType}:${e.objectId}`);
  }
}

@Resolver(() => Returnee)
export class ReturneeAccessHistoryResolver {
  @FieldResolver(() => [AuditEvent], {
    complexity: pagedListCost(HISTORY_DEFAULT),
    description:
      'Who wrote or read this person’s file, newest first (50 by default, at most 200). Officers only: empty for other roles.',
  })
  accessHistory(
    @Root() r: Returnee,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEvent[]> | AuditEvent[] {
    if (ctx.actor?.role !== Role.OFFICER) return [];
    if (first !== null && first !== undefined && (first < 0 || first > HISTORY_MAX)) {
      throw badInput('first', reasonMessage('OUT_OF_RANGE.rows', { max: HISTORY_MAX }));
    }
    const limit = first ?? HISTORY_DEFAULT;
    if (limit === 0) return [];
    return ctx.loaders.accessHistoryByReturnee.load(`${limit}:${r.id}`);
  }
}
