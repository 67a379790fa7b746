import { canSeeSensitive, requireActor } from '../../../common/access.js';
import { badInput } from '../../../common/errors.js';
import { bindTo, keysetOrder, keysetPage, readEntityPage } from '../../../common/pagination/index.js';
import { notInFuture } from '../../../common/validation.js';
import type { RequestContext } from '../../../context.js';
import { auditChange, givenFields } from '../../audit/audit.service.js';
import { clean, idInScope, requireLinked, requireText } from '../common.js';
import type { DocumentFilter, RecordDocumentInput } from './document.inputs.js';
import { Document } from './document.entity.js';
import { checkFile } from './document-file.js';
import { DocumentFile } from './document-file.entity.js';
import type { DocumentConnection } from './document.types.js';
import { withTransaction } from '../../../common/transaction.js';
import { saveNew } from '../../../common/records.js';

const NEWEST_FIRST = keysetOrder('documents', 'DESC', ['issued_on', 'date'], ['id', 'uuid']);

export class DocumentService {
  /** Records a document (and its checked file) in the caller's unit, in one transaction. */
  async record(ctx: RequestContext, input: RecordDocumentInput): Promise<Document> {
    const actor = requireActor(ctx);
    notInFuture('input.issuedOn', input.issuedOn);
    const issuer = requireText('input.issuer', input.issuer);
    const title = requireText('input.title', input.title);
    const file = input.file ? checkFile(input.file) : null;
    const numberSymbol = clean(input.numberSymbol);
    return withTransaction(ctx, async (ctx) => {
      const modelId = await requireLinked(ctx, 'input.modelId', 'reintegration_model', input.modelId);
      const committeeId = await requireLinked(ctx, 'input.committeeId', 'steering_committee', input.committeeId);
      const pledgeId = await requireLinked(ctx, 'input.pledgeId', 'pledge', input.pledgeId);
      const returneeId = await requireLinked(ctx, 'input.returneeId', 'returnee', input.returneeId);
      if (numberSymbol) {
        // Numbers restart every year per issuer: the same number, issuer and year is the same document.
        const dup: unknown[] = await ctx.db.query(
          `SELECT 1 FROM document WHERE unit_id = $1 AND number_symbol = $2 AND lower(issuer) = lower($3)
             AND date_part('year', issued_on) = date_part('year', $4::date)`,
          [actor.unitId, numberSymbol, issuer, input.issuedOn],
        );
        if (dup.length > 0) {
          throw badInput('input.numberSymbol', 'DUPLICATE.documentNumber');
        }
      }
      const doc = await saveNew(ctx, Document, {
        unitId: actor.unitId,
        kind: input.kind,
        numberSymbol,
        issuedOn: input.issuedOn,
        issuer,
        title,
        summary: clean(input.summary),
        modelId,
        committeeId,
        pledgeId,
        returneeId,
      });
      if (file) await ctx.db.getRepository(DocumentFile).insert({ documentId: doc.id, ...file });
      await auditChange(ctx, 'recordDocument', doc, givenFields(input), returneeId);
      return doc;
    });
  }

  async find(ctx: RequestContext, id: string): Promise<Document | null> {
    const found = await idInScope(ctx, 'document', id, { where: personDocumentsHidden(ctx) });
    return found ? ctx.db.getRepository(Document).findOneBy({ id: found }) : null;
  }

  /** Documents in scope, newest first, keyset-paged; filters and total in one statement. */
  async list(
    ctx: RequestContext,
    filter: DocumentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<DocumentConnection> {
    const page = keysetPage(NEWEST_FIRST, first, after);
    const f = filter ?? {};
    const params: unknown[] = [await ctx.unitScope()];
    const p = bindTo(params);
    const where = ['d.unit_id = ANY($1::uuid[])'];
    const hidden = personDocumentsHidden(ctx, 'd');
    if (hidden) where.push(hidden);
    if (f.kind?.length) where.push(`d.kind = ANY(${p(f.kind)}::document_kind[])`);
    if (f.modelId) where.push(`d.model_id::text = ${p(f.modelId)}`);
    if (f.committeeId) where.push(`d.committee_id::text = ${p(f.committeeId)}`);
    if (f.pledgeId) where.push(`d.pledge_id::text = ${p(f.pledgeId)}`);
    if (f.issuedFrom) where.push(`d.issued_on >= ${p(f.issuedFrom)}::date`);
    if (f.issuedTo) where.push(`d.issued_on <= ${p(f.issuedTo)}::date`);
    const search = f.search?.trim();
    if (search) {
      const like = p(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(d.title ILIKE ${like} OR d.number_symbol ILIKE ${like})`);
    }
    const list = { table: 'document', alias: 'd', where, params };
    return readEntityPage(ctx.db, ctx.db.getRepository(Document), page, list);
  }
}

export const documentService = new DocumentService();

/**
 * A document linked to a person (a judgment's scan, a release certificate) is part of their file:
 * only a role that sees a person's sensitive details finds it among the unit's documents. Answers
 * the SQL condition that hides them, or undefined when nothing is hidden.
 */
export function personDocumentsHidden(ctx: RequestContext, alias?: string): string | undefined {
  return canSeeSensitive(ctx.actor) ? undefined : `${alias ? `${alias}.` : ''}returnee_id IS NULL`;
}
