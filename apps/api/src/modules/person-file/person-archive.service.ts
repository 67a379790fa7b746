import { JobStatus } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { audit } from '../audit/audit.service.js';
import { findVisibleReturnee, personNotFound } from '../returnees/returnee-access.js';
import { PersonArchiveJob } from './person-archive-job.entity.js';
import { personArchiveJob } from './person-archive.jobs.js';
import { checkPurpose } from './person-file.service.js';
import type { StartPersonArchiveInput } from './person-file.inputs.js';

/** Archives listed by `myPersonArchives`. */
export const MY_PERSON_ARCHIVES = 20;

export class PersonArchiveService {
  /**
   * Queues the archive of a person in the caller's scope (else not found), with the purpose stated;
   * audited as `startPersonArchive` with the job, in the transaction that queues it.
   */
  async start(ctx: RequestContext, input: StartPersonArchiveInput): Promise<PersonArchiveJob> {
    const actor = requireActor(ctx);
    const purpose = checkPurpose('input.purpose', input.purpose);
    return withTransaction(ctx, async (ctx) => {
      const person = await findVisibleReturnee(ctx, input.returneeId);
      if (!person) throw personNotFound();
      const job = await saveNew(ctx, PersonArchiveJob, {
        returneeId: person.id,
        purpose,
        requestedById: actor.userId,
        unitId: actor.unitId,
        status: JobStatus.QUEUED,
      });
      await audit(ctx, {
        action: 'startPersonArchive',
        objectType: 'PersonArchiveJob',
        objectId: job.id,
        returneeId: person.id,
        fields: ['purpose'],
      });
      await enqueueJob(ctx, personArchiveJob, { personArchiveJobId: job.id });
      return job;
    });
  }

  /** One of the caller's own archives; anyone else's looks missing. */
  async find(ctx: RequestContext, id: string): Promise<PersonArchiveJob | null> {
    const actor = requireActor(ctx);
    if (!UUID.test(id)) return null;
    return ctx.db.getRepository(PersonArchiveJob).findOneBy({ id, requestedById: actor.userId });
  }

  /** The caller's archives of one person, newest first. */
  async mine(ctx: RequestContext, returneeId: string): Promise<PersonArchiveJob[]> {
    const actor = requireActor(ctx);
    if (!UUID.test(returneeId)) return [];
    return ctx.db.getRepository(PersonArchiveJob).find({
      where: { requestedById: actor.userId, returneeId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: MY_PERSON_ARCHIVES,
    });
  }
}

export const personArchiveService = new PersonArchiveService();
