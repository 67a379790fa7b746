import type { GraphQLResolveInfo } from 'graphql';
import { canSeeSensitiveFor, requireActor } from '../../common/access.js';
import { badInput } from '../../common/errors.js';
import { sensitiveFieldsAsked } from '../../common/sensitive.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AUDIT_COLUMNS } from '../audit/audit-log.service.js';
import { audit } from '../audit/audit.service.js';
import { Document } from '../committee/documents/document.entity.js';
import { readCaseFile } from '../returnees/case-file.js';
import { personNotFound } from '../returnees/returnee-access.js';
import { PersonFileRead } from './person-file-read.entity.js';
import type { PersonFile } from './person-file.types.js';

/** Every list of the case file: the whole file reads them all, whatever the query names. */
const WHOLE_FILE = new Set([
  'convictions',
  'releaseNotices',
  'releases',
  'receptions',
  'closures',
  'incidents',
  'classifications',
  'transfers',
  'contacts',
  'supports',
  'tasks',
  'employmentPeriods',
  'helpers',
  'expungementForecast',
]);

/** A purpose as stated, trimmed; BAD_USER_INPUT on `field` when shorter than 10 characters. */
export function checkPurpose(field: string, purpose: string): string {
  const trimmed = purpose.trim();
  if (trimmed.length < 10) throw badInput(field, 'TOO_SHORT.purpose');
  return trimmed;
}

export class PersonFileService {
  /**
   * One person's whole file for a stated purpose: the case file with every list (the case file's
   * one-statement read), the documents about them and their full access history. The reading is
   * recorded with its purpose (`person_file_read`) and audited as `read:personFile`, naming the
   * sensitive fields the query asks for, in the read's transaction. Out of scope is not found.
   */
  async read(ctx: RequestContext, id: string, purpose: string, info?: GraphQLResolveInfo): Promise<PersonFile> {
    const actor = requireActor(ctx);
    const stated = checkPurpose('purpose', purpose);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await readCaseFile(ctx, id, WHOLE_FILE);
      if (!returnee) throw personNotFound();
      const documents = await ctx.db
        .getRepository(Document)
        .find({ where: { returneeId: returnee.id }, order: { issuedOn: 'ASC', id: 'ASC' } });
      const accessHistory = (await ctx.db.query(
        `SELECT ${AUDIT_COLUMNS('a')} FROM audit_event a WHERE a.returnee_id = $1 ORDER BY a.occurred_at, a.id`,
        [returnee.id],
      )) as AuditEvent[];
      const reading = await ctx.db
        .getRepository(PersonFileRead)
        .save({ userId: actor.userId, returneeId: returnee.id, purpose: stated });
      const asked = info ? sensitiveFieldsAsked(info) : [];
      const fields = asked.length > 0 && (await canSeeSensitiveFor(ctx, returnee.id)) ? asked : [];
      // The sensitive fields this row names are not audited again field by field.
      if (fields.length > 0) ctx.disclosure.announced.set(returnee.id, new Set(fields));
      await audit(ctx, {
        action: 'read:personFile',
        objectType: 'PersonFileRead',
        objectId: reading.id,
        returneeId: returnee.id,
        fields,
      });
      const producedBy = await ctx.loaders.userById.load(actor.userId);
      if (!producedBy) throw personNotFound();
      return { purpose: stated, producedAt: reading.readAt, producedBy, returnee, documents, accessHistory };
    });
  }
}

export const personFileService = new PersonFileService();
