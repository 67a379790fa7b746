import type { Role } from '@hoanhap/shared';
import type { Actor, RequestContext } from '../context.js';

/**
 * Whoever asked for a job, as they are now: a job (an export, an import) acts with the role and
 * unit the account has when it runs, and a disabled account gets nothing done. Null when disabled.
 */
export async function actorNow(system: RequestContext, userId: string): Promise<Actor | null> {
  const [user] = (await system.dataSource.query(
    'SELECT id, role, unit_id, organisation_id FROM app_user WHERE id = $1 AND disabled_at IS NULL',
    [userId],
  )) as Array<{ id: string; role: Role; unit_id: string; organisation_id: string | null }>;
  if (!user) return null;
  return {
    userId: user.id,
    role: user.role,
    unitId: user.unit_id,
    organisationId: user.organisation_id,
    unitScope: null,
    sessionTokenHash: '',
  };
}
