import { Role } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { audit, auditChange } from '../audit/audit.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { User } from '../auth/user.entity.js';
import { unitsService } from '../units/units.service.js';
import type { ChangePasswordInput, CreateUserInput, DisableUserInput, ResetUserPasswordInput } from './admin.inputs.js';
import type { UserConnection } from './admin.types.js';
import { UUID } from '../../common/uuid.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';

/** Emails are unique: the email alone orders the list totally. */
const BY_EMAIL = keysetOrder('users', 'ASC', ['email', 'text']);

const userNotFound = () => notFound('NOT_FOUND.user');

/** The user with this id, locked, if their unit is in the admin's scope; else NOT_FOUND. */
async function requireUserInScope(ctx: RequestContext, id: string): Promise<User> {
  if (!UUID.test(id)) throw userNotFound();
  const rows: Array<{ id: string }> = await ctx.db.query(
    'SELECT id FROM app_user WHERE id = $1 AND unit_id = ANY($2::uuid[]) FOR UPDATE',
    [id, await ctx.unitScope()],
  );
  if (rows.length === 0) throw userNotFound();
  return ctx.db.getRepository(User).findOneByOrFail({ id });
}

export class AdminService {
  async list(
    ctx: RequestContext,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<UserConnection> {
    const page = keysetPage(BY_EMAIL, first, after);
    const list = {
      table: 'app_user',
      alias: 'u',
      where: ['u.unit_id = ANY($1::uuid[])'],
      params: [await ctx.unitScope()],
    };
    return readEntityPage(ctx.db, ctx.db.getRepository(User), page, list);
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const organisationId = input.organisationId ?? null;
    if (organisationId !== null && !UUID.test(organisationId)) {
      throw badInput('input.organisationId', 'NOT_FOUND.organisation');
    }
    if (input.role === Role.HELPER && organisationId === null) {
      throw badInput('input.organisationId', 'REQUIRED.helperOrganisation');
    }
    const unit = await unitsService.findInScope(ctx, input.unitCode);
    if (!unit) throw notFound('NOT_FOUND.unit');
    const passwordHash = await hashPassword(input.password);
    return withTransaction(ctx, async (ctx) => {
      if (organisationId !== null) {
        const orgs: unknown[] = await ctx.db.query(
          'SELECT 1 FROM organisation WHERE id = $1 AND unit_id = ANY($2::uuid[])',
          [organisationId, await ctx.unitScope()],
        );
        if (orgs.length === 0) throw badInput('input.organisationId', 'NOT_FOUND.organisation');
      }
      const taken: unknown[] = await ctx.db.query('SELECT 1 FROM app_user WHERE email = $1', [email]);
      if (taken.length > 0) {
        throw badInput('input.email', 'DUPLICATE.email');
      }
      const user = await saveNew(ctx, User, {
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        unitId: unit.id,
        organisationId,
        passwordHash,
      });
      await auditChange(ctx, 'createUser', user, [
        'email',
        'displayName',
        'role',
        'unitCode',
        ...(organisationId ? ['organisationId'] : []),
        'password',
      ]);
      return user;
    });
  }

  /** Users are never deleted: disabling ends their sessions and refuses their sign-ins. */
  async disable(ctx: RequestContext, input: DisableUserInput): Promise<User> {
    const actor = requireActor(ctx);
    if (input.userId === actor.userId) {
      throw badInput('input.userId', 'SELF.disable');
    }
    return withTransaction(ctx, async (ctx) => {
      const user = await requireUserInScope(ctx, input.userId);
      if (user.disabledAt) {
        throw appError(ErrorCode.CONFLICT, 'ALREADY_DISABLED', {
          reason: 'ALREADY_DISABLED',
        });
      }
      user.disabledAt = new Date();
      const saved = await ctx.db.getRepository(User).save(user);
      await ctx.db.query('DELETE FROM session WHERE user_id = $1', [user.id]);
      await audit(ctx, { action: 'disableUser', objectType: 'User', objectId: user.id, fields: ['disabledAt'] });
      return saved;
    });
  }

  async resetPassword(ctx: RequestContext, input: ResetUserPasswordInput): Promise<User> {
    const passwordHash = await hashPassword(input.newPassword);
    return withTransaction(ctx, async (ctx) => {
      const user = await requireUserInScope(ctx, input.userId);
      user.passwordHash = passwordHash;
      const saved = await ctx.db.getRepository(User).save(user);
      await ctx.db.query('DELETE FROM session WHERE user_id = $1', [user.id]);
      await auditChange(ctx, 'resetUserPassword', user, ['password']);
      return saved;
    });
  }

  /** Any signed-in user: keeps the current session, ends the others. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const actor = requireActor(ctx);
    if (actor.serviceAccountId) {
      throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.servicePassword');
    }
    const current = await ctx.db.getRepository(User).findOneBy({ id: actor.userId });
    if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
      throw badInput('input.currentPassword', 'WRONG_PASSWORD');
    }
    if (input.newPassword === input.currentPassword) {
      throw badInput('input.newPassword', 'SAME_AS_CURRENT');
    }
    const passwordHash = await hashPassword(input.newPassword);
    await withTransaction(ctx, async (ctx) => {
      const user = await ctx.db
        .getRepository(User)
        .findOne({ where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw userNotFound();
      user.passwordHash = passwordHash;
      await ctx.db.getRepository(User).save(user);
      await ctx.db.query('DELETE FROM session WHERE user_id = $1 AND token_hash <> $2', [
        actor.userId,
        actor.sessionTokenHash,
      ]);
      await audit(ctx, { action: 'changePassword', objectType: 'User', objectId: user.id, fields: ['password'] });
    });
    return true;
  }
}

export const adminService = new AdminService();
