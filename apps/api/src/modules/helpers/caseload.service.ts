import { Role, todayInVietnam } from '@hoanhap/shared';
import type { DataSource } from 'typeorm';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { helperFilter, LIVE_RETURNEE_SQL, visibleReturneeSql } from '../returnees/returnee-access.js';
import { ON_PROBATION_ON_SQL } from '../statistics/caseload-rule.js';
import type { NoContactEntry } from './caseload.types.js';
import { activeUserIn, TODAY_SQL } from './helper-scope.js';

/** A raw `returnee` row (snake_case columns) as the entity. */
function hydrateReturnee(dataSource: DataSource, row: Record<string, unknown>): Returnee {
  const entity = new Returnee();
  for (const column of dataSource.getMetadata(Returnee).columns) {
    (entity as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
  }
  return entity;
}

export class CaseloadService {
  /**
   * The people actively assigned to a helper: a helper's own by default; an officer or committee
   * member names a helper of their scope.
   */
  async helperCaseload(ctx: RequestContext, helperUserId: string | null): Promise<Returnee[]> {
    const actor = requireActor(ctx);
    let helperId = actor.userId;
    if (actor.role === Role.HELPER) {
      if (helperUserId && helperUserId !== actor.userId) {
        throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.ownCaseload');
      }
    } else {
      if (!helperUserId) throw badInput('helperUserId', 'REQUIRED.helper');
      const helper = await activeUserIn(ctx, helperUserId, await ctx.unitScope(), Role.HELPER);
      if (!helper) throw notFound('NOT_FOUND.helper');
      helperId = helper.id;
    }
    return ctx.db
      .getRepository(Returnee)
      .createQueryBuilder('r')
      .where('r.unit_id = ANY(CAST(:scope AS uuid[]))', { scope: await ctx.unitScope() })
      .andWhere(LIVE_RETURNEE_SQL)
      .andWhere(
        `EXISTS (SELECT 1 FROM helper_assignment h WHERE h.returnee_id = r.id AND h.helper_user_id = CAST(:helper AS uuid)
           AND (h.ended_on IS NULL OR h.ended_on >= ${TODAY_SQL}))`,
        { helper: helperId },
      )
      .orderBy('r.full_name', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /**
   * The caseload in the actor's view (returned, not closed, not a parolee still on probation:
   * statistics/caseload-rule.ts) whose latest contact by anyone, or their return when there has
   * been none, is more than `days` days ago (default: each person's unit's noContactDays). Longest
   * wait first. One statement.
   */
  async noContactList(ctx: RequestContext, days: number | null): Promise<NoContactEntry[]> {
    if (days != null && (!Number.isInteger(days) || days < 0 || days > 3650)) {
      throw badInput('days', 'OUT_OF_RANGE.days');
    }
    const rows: Array<Record<string, unknown>> = await ctx.db.query(
      `SELECT r.*, lc.last_contact_on AS nc_last_contact_on,
         ($3::date - COALESCE(lc.last_contact_on, r.returned_on)) AS nc_days_since,
         COALESCE($4::int, u.no_contact_days)::int AS nc_threshold
       FROM returnee r
       JOIN administrative_unit u ON u.id = r.unit_id
       LEFT JOIN LATERAL (SELECT max(c.contacted_on) AS last_contact_on FROM contact c
                          WHERE c.returnee_id = r.id AND c.contacted_on <= $3::date) lc ON true
       WHERE ${visibleReturneeSql(1, 2)}
         AND r.status <> 'CLOSED' AND r.returned_on IS NOT NULL AND r.returned_on <= $3::date
         AND NOT ${ON_PROBATION_ON_SQL('r.id', '$3::date')}
         AND ($3::date - COALESCE(lc.last_contact_on, r.returned_on)) > COALESCE($4::int, u.no_contact_days)
       ORDER BY nc_days_since DESC, r.full_name, r.id`,
      [await ctx.unitScope(), helperFilter(ctx), todayInVietnam(), days ?? null],
    );
    return rows.map((row) => ({
      returnee: hydrateReturnee(ctx.dataSource, row),
      lastContactOn: (row.nc_last_contact_on as string | null) ?? null,
      daysSince: Number(row.nc_days_since),
      thresholdDays: Number(row.nc_threshold),
    }));
  }
}

export const caseloadService = new CaseloadService();
