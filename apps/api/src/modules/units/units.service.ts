import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { UNIT_SETTINGS_LIMITS, UnitLevel } from '@hoanhap/shared';
import { badInput, notFound } from '../../common/errors.js';
import { UUID } from '../../common/uuid.js';
import { auditChange } from '../audit/audit.service.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import type { UpdateUnitSettingsInput } from './units.inputs.js';
import { inTransaction, withTransaction } from '../../common/transaction.js';

const LEVEL_ORDER: Record<UnitLevel, number> = {
  [UnitLevel.PROVINCE]: 0,
  [UnitLevel.DISTRICT]: 1,
  [UnitLevel.WARD]: 2,
  [UnitLevel.COMMUNE]: 2,
};

/**
 * The units a unit answers for: itself, every unit below it, and every unit merged into it (with
 * theirs), across all validity periods. Phù Liễn's scope includes Lãm Hà, whose people returned
 * before the mergers; Hải Phòng's includes everything under it, past and present. Read from
 * `unit_closure`, which the database keeps in step with the units (migration UnitClosure), so no
 * request walks the tree: a CTE named `unit_scope` (one `id` column) for the unit `root`.
 */
export const unitScopeCte = (root: string) => `
  unit_scope AS (SELECT unit_id AS id FROM unit_closure WHERE ancestor_id = ${root})`;

/** The scope of the unit in parameter `$1`, as a CTE named `unit_scope`. */
export const UNIT_SCOPE_CTE = unitScopeCte('$1');

/**
 * The largest scope the session lookup carries along: a ward's or a district's. A city's or a
 * province's (thousands of units) would cost every request the transfer of thousands of ids, so it
 * is left out and read only by the requests that need it (`loadUnitScope`).
 */
export const CARRIED_SCOPE_UNITS = 64;

/** SQL for the session lookups: the scope of `root` as an array, or one id too many when larger. */
export const carriedScopeSql = (root: string) =>
  `ARRAY(SELECT unit_id FROM unit_closure WHERE ancestor_id = ${root} LIMIT ${CARRIED_SCOPE_UNITS + 1})`;

/** The scope the session lookup carried, or null when it was too large to carry. */
export const carriedScope = (scope: string[]): string[] | null => (scope.length <= CARRIED_SCOPE_UNITS ? scope : null);

/** A scope too large to carry, read when a request first needs it. */
export async function loadUnitScope(dataSource: DataSource, unitId: string): Promise<string[]> {
  const rows: Array<{ unit_id: string }> = await dataSource.query(
    'SELECT unit_id FROM unit_closure WHERE ancestor_id = $1',
    [unitId],
  );
  return rows.map((row) => row.unit_id);
}

/** The settings an administrator changes on a unit, as audited (names only, never values). */
const SETTINGS = [
  'noContactDays',
  'reportInDays',
  'overdueEscalationDays',
  'expungedMinimiseDays',
  'closedRetentionMonths',
  'note',
] as const;

const unitNotFound = () => notFound('NOT_FOUND.administrativeUnit');

export class UnitsService {
  /** Ids of the units in `unitId`'s scope (a unit's own query, also used by loaders without a request). */
  async scopeOf(db: Pick<EntityManager, 'query'>, unitId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(`WITH ${UNIT_SCOPE_CTE} SELECT id FROM unit_scope`, [unitId]);
    return rows.map((r) => r.id);
  }

  /** The units in the caller's scope, for pickers and the unit switcher: top level first. */
  async listInScope(ctx: RequestContext): Promise<AdministrativeUnit[]> {
    const units = await ctx.db
      .getRepository(AdministrativeUnit)
      .createQueryBuilder('u')
      .where('u.id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .getMany();
    for (const unit of units) ctx.loaders.unitById.prime(unit.id, unit);
    // A handful of units per scope: sorting here keeps the order readable in one place.
    return units.sort(
      (a, b) =>
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        Number(a.validTo !== null) - Number(b.validTo !== null) ||
        a.name.localeCompare(b.name, 'vi'),
    );
  }

  /**
   * The unit with this code if it is within the caller's scope; otherwise null, exactly as if it
   * did not exist.
   */
  async findInScope(ctx: RequestContext, code: string): Promise<AdministrativeUnit | null> {
    const id = await this.idInScope(ctx, code);
    if (!id) return null;
    // Inside a transaction the row is read there too; outside, the request's loader shares it.
    return inTransaction(ctx)
      ? ctx.db.getRepository(AdministrativeUnit).findOneBy({ id })
      : ctx.loaders.unitById.load(id);
  }

  /** The id of the unit with this code when it is in the actor's scope, else null: one statement. */
  async idInScope(ctx: RequestContext, code: string): Promise<string | null> {
    if (!ctx.actor) return null;
    // Through the closure table, not the scope's ids: a city's scope is thousands of units.
    const rows: Array<{ id: string }> = await ctx.db.query(
      `SELECT u.id FROM administrative_unit u JOIN unit_closure c ON c.unit_id = u.id AND c.ancestor_id = $2
        WHERE u.code = $1`,
      [code, ctx.actor.unitId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Replaces a unit's no-contact threshold, report-in days, note and (when given) retention policy (admin, a unit in scope; any
   * other unit answers NOT_FOUND like an unknown id). The row and its audit entry are written in
   * one transaction; the audit names the settings whose value changed.
   *
   * No version check on purpose: two numbers and a note, changed rarely and by one administrator,
   * so the last write wins rather than making every caller read a version first.
   */
  async updateSettings(ctx: RequestContext, input: UpdateUnitSettingsInput): Promise<AdministrativeUnit> {
    const note = input.note?.trim() || null;
    if (note && note.length > UNIT_SETTINGS_LIMITS.noteMaxLength) {
      throw badInput('input.note', 'TOO_LONG.note');
    }
    if (!UUID.test(input.unitId)) throw unitNotFound();
    const scope = await ctx.unitScope();
    const saved = await withTransaction(ctx, async (ctx) => {
      const repo = ctx.db.getRepository(AdministrativeUnit);
      const unit = await repo
        .createQueryBuilder('u')
        .where('u.id = :id', { id: input.unitId })
        .andWhere('u.id = ANY(:scope::uuid[])', { scope })
        .getOne();
      if (!unit) throw unitNotFound();
      const next = {
        noContactDays: input.noContactDays,
        reportInDays: input.reportInDays,
        overdueEscalationDays: input.overdueEscalationDays ?? unit.overdueEscalationDays,
        expungedMinimiseDays: input.expungedMinimiseDays ?? unit.expungedMinimiseDays,
        closedRetentionMonths: input.closedRetentionMonths ?? unit.closedRetentionMonths,
        note,
      };
      const changed = SETTINGS.filter((field) => unit[field] !== next[field]);
      Object.assign(unit, next);
      await repo.update({ id: unit.id }, next);
      await auditChange(ctx, 'updateUnitSettings', unit, [...changed]);
      return unit;
    });
    // Later fields in this request (parent, successor) must not see the unit as it was.
    ctx.loaders.unitById.clear(saved.id).prime(saved.id, saved);
    return saved;
  }
}

export const unitsService = new UnitsService();
