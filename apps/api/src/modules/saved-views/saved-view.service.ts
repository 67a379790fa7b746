import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import type { Actor, RequestContext } from '../../context.js';
import { audit, auditChange, givenFields } from '../audit/audit.service.js';
import { isUuid } from '../helpers/helper-scope.js';
import { SavedView, type SavedViewList } from './saved-view.entity.js';
import type { DeleteSavedViewInput, SaveViewInput, UpdateSavedViewInput } from './saved-view.inputs.js';
import { checkColumns, checkName, checkQuery } from './saved-view.rules.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';

const viewNotFound = () => notFound('NOT_FOUND.savedView');
const UNIQUE_NAME_INDEX = 'UQ_saved_view_owner_list_name';

const duplicateName = () => badInput('input.name', 'DUPLICATE.viewName');

/** Saved views belong to people: an integration key has no list to look at. */
function requirePerson(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (actor.serviceAccountId) {
    throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.serviceViews');
  }
  return actor;
}

async function refuseDuplicateName(ctx: RequestContext, ownerId: string, list: SavedViewList, name: string, id = '') {
  const rows: unknown[] = await ctx.db.query(
    `SELECT 1 FROM saved_view WHERE owner_id = $1 AND list = $2 AND lower(name) = lower($3) AND id::text <> $4`,
    [ownerId, list, name, id],
  );
  if (rows.length > 0) throw duplicateName();
}

/** Two saves of the same name racing: the unique index refuses the second one. */
function asDuplicate(error: unknown): unknown {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === UNIQUE_NAME_INDEX ? duplicateName() : error;
}

/** The caller's own view, locked for the rest of the transaction; another user's looks missing. */
async function requireOwnView(ctx: RequestContext, actor: Actor, id: string): Promise<SavedView> {
  if (!isUuid(id)) throw viewNotFound();
  const view = await ctx.db.getRepository(SavedView).findOne({
    where: { id, ownerId: actor.userId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!view) throw viewNotFound();
  return view;
}

export class SavedViewService {
  /** My views, then views colleagues of my unit shared; mine first, then by name. */
  async list(ctx: RequestContext, list: SavedViewList): Promise<SavedView[]> {
    const actor = requirePerson(ctx);
    return ctx.db
      .getRepository(SavedView)
      .createQueryBuilder('v')
      .where('v.list = :list', { list })
      .andWhere('(v.owner_id = :me OR (v.shared AND v.unit_id = :unit))', { me: actor.userId, unit: actor.unitId })
      .orderBy('(v.owner_id = :me)', 'DESC')
      .addOrderBy('lower(v.name)', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }

  async save(ctx: RequestContext, input: SaveViewInput): Promise<SavedView> {
    const actor = requirePerson(ctx);
    const name = checkName(input.name);
    const query = checkQuery(input.query);
    const columns = checkColumns(input.columns);
    return withTransaction(ctx, async (ctx) => {
      await refuseDuplicateName(ctx, actor.userId, input.list, name);
      const saved = await saveNew(ctx, SavedView, {
        ownerId: actor.userId,
        unitId: actor.unitId,
        list: input.list,
        name,
        query,
        columns,
        shared: input.shared ?? false,
      });
      await audit(ctx, {
        action: 'saveView',
        objectType: 'SavedView',
        objectId: saved.id,
        fields: givenFields(input, ['version', 'id']),
      });
      return saved;
    }).catch((error: unknown) => {
      throw asDuplicate(error);
    });
  }

  /** Only the owner; from the version they read (CONFLICT otherwise, with the current version). */
  async update(ctx: RequestContext, input: UpdateSavedViewInput): Promise<SavedView> {
    const actor = requirePerson(ctx);
    const name = input.name == null ? null : checkName(input.name);
    const query = input.query == null ? null : checkQuery(input.query);
    const columns = input.columns == null ? null : checkColumns(input.columns);
    return withTransaction(ctx, async (ctx) => {
      const view = await requireOwnView(ctx, actor, input.id);
      if (view.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.savedView', { currentVersion: view.version });
      }
      if (name !== null) {
        await refuseDuplicateName(ctx, actor.userId, view.list, name, view.id);
        view.name = name;
      }
      if (query !== null) view.query = query;
      if (columns !== null) view.columns = columns;
      if (input.shared != null) view.shared = input.shared;
      const saved = await ctx.db.getRepository(SavedView).save(view);
      await auditChange(ctx, 'updateSavedView', saved, givenFields(input, ['version', 'id']));
      return saved;
    }).catch((error: unknown) => {
      throw asDuplicate(error);
    });
  }

  async delete(ctx: RequestContext, input: DeleteSavedViewInput): Promise<string> {
    const actor = requirePerson(ctx);
    return withTransaction(ctx, async (ctx) => {
      const view = await requireOwnView(ctx, actor, input.id);
      await ctx.db.getRepository(SavedView).delete({ id: view.id });
      await audit(ctx, { action: 'deleteSavedView', objectType: 'SavedView', objectId: view.id, fields: [] });
      return view.id;
    });
  }
}

export const savedViewService = new SavedViewService();
