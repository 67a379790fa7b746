import { Role } from '@hoanhap/shared';
import { badInput } from '../../common/errors.js';
import { requireActor } from '../../common/access.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { onceForKey } from '../client-changes/client-change.service.js';
import { personNotFound, requireVisibleReturnee } from '../returnees/returnee-access.js';
import { Contact } from './contact.entity.js';
import type { RecordContactInput } from './helper.inputs.js';
import { TODAY_SQL } from './helper-scope.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';

export class ContactService {
  /**
   * Records a contact. A helper records it under their own active assignment (which is what
   * `daysSinceLastContact` counts); an officer's contact belongs to no assignment.
   */
  record(ctx: RequestContext, input: RecordContactInput): Promise<Contact> {
    notInFuture('input.contactedOn', input.contactedOn);
    return onceForKey(ctx, input.idempotencyKey, 'recordContact', Contact, (ctx) => this.write(ctx, input));
  }

  private write(ctx: RequestContext, input: RecordContactInput): Promise<Contact> {
    const actor = requireActor(ctx);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: 'share' });
      if (returnee.returnedOn && input.contactedOn < returnee.returnedOn) {
        throw badInput('input.contactedOn', 'BEFORE_RETURN.contact');
      }
      let helperAssignmentId: string | null = null;
      if (actor.role === Role.HELPER) {
        const rows: Array<{ id: string; started_on: string }> = await ctx.db.query(
          `SELECT id, started_on FROM helper_assignment
           WHERE returnee_id = $1 AND helper_user_id = $2 AND (ended_on IS NULL OR ended_on >= ${TODAY_SQL})
           ORDER BY started_on DESC LIMIT 1`,
          [returnee.id, actor.userId],
        );
        const assignment = rows[0];
        if (!assignment) throw personNotFound();
        if (input.contactedOn < assignment.started_on) {
          throw badInput('input.contactedOn', 'BEFORE_ASSIGNMENT');
        }
        helperAssignmentId = assignment.id;
      }
      const saved = await saveNew(ctx, Contact, {
        returneeId: returnee.id,
        helperAssignmentId,
        contactedOn: input.contactedOn,
        channel: input.channel,
        recordedById: actor.userId,
        notes: input.notes?.trim() || null,
        nextAction: input.nextAction?.trim() || null,
      });
      await auditChange(ctx, 'recordContact', saved, givenFields(input, ['idempotencyKey']), returnee.id);
      return saved;
    });
  }
}

export const contactService = new ContactService();
