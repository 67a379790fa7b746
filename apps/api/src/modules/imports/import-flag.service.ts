import { can, ImportFlagDecision, Permission, reasonMessage } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { findVisibleReturnee, helperFilter, visibleReturneeSql } from '../returnees/returnee-access.js';
import { ImportFlag } from './import-flag.entity.js';
import type { RowRecords } from './import-records-read.js';
import { RecordRefused, writeRecords } from './import-records-write.js';
import type { PersonRow } from './import-rows.js';
import { registerPerson, updatePerson } from './import-write.js';

export const IMPORT_FLAGS_MAX = 100;
const flagNotFound = () => notFound('NOT_FOUND.importFlag');

/** Keeps a flagged row for the officer's decision, in the row's transaction. */
export async function keepFlag(
  ctx: RequestContext,
  importJobId: string,
  rowNumber: number,
  candidateId: string,
  person: PersonRow,
  records: RowRecords,
): Promise<void> {
  await ctx.db.query(
    `INSERT INTO import_flag (import_job_id, row_number, candidate_id, person, records, version)
     VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (import_job_id, row_number) DO NOTHING`,
    [importJobId, rowNumber, candidateId, JSON.stringify(person), JSON.stringify(records)],
  );
}

export class ImportFlagService {
  /**
   * The flagged rows of one of the caller's imports, by row number after `afterRow`, with the
   * person on record each may be (when the caller still sees them).
   */
  async list(ctx: RequestContext, importJobId: string, first: number, afterRow: number | null): Promise<ImportFlag[]> {
    if (first < 0 || first > IMPORT_FLAGS_MAX) {
      throw badInput('first', reasonMessage('OUT_OF_RANGE.rows', { max: IMPORT_FLAGS_MAX }));
    }
    const flags = await ctx.db
      .getRepository(ImportFlag)
      .createQueryBuilder('f')
      .where('f.import_job_id = :importJobId', { importJobId })
      .andWhere('f.row_number > :afterRow', { afterRow: afterRow ?? 0 })
      .orderBy('f.row_number', 'ASC')
      .take(first)
      .getMany();
    await this.attachCandidates(ctx, flags);
    return flags;
  }

  /**
   * The officer's decision on a flagged row, in one transaction: SAME_PERSON updates the person on
   * record with what the row gives (and its records), DIFFERENT_PERSON registers the row as a new
   * person. Only the person who ran the import decides, once; audited.
   */
  async decide(ctx: RequestContext, id: string, decision: ImportFlagDecision): Promise<ImportFlag> {
    const actor = requireActor(ctx);
    if (actor.serviceAccountId || !can(actor.role, Permission.IMPORT_PEOPLE)) {
      throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.import');
    }
    const flag = await withTransaction(ctx, async (ctx) => {
      const [row] = UUID.test(id)
        ? ((await ctx.db.query(
            `SELECT f.id, u.code AS unit_code FROM import_flag f
             JOIN import_job j ON j.id = f.import_job_id JOIN administrative_unit u ON u.id = j.unit_id
             WHERE f.id = $1 AND j.requested_by_id = $2 FOR UPDATE OF f`,
            [id, actor.userId],
          )) as Array<{ id: string; unit_code: string }>)
        : [];
      if (!row) throw flagNotFound();
      const repo = ctx.db.getRepository(ImportFlag);
      const flag = await repo.findOneByOrFail({ id: row.id });
      if (flag.decision) throw badInput('id', 'ALREADY_DECIDED.importFlag');
      let resultId: string;
      if (decision === ImportFlagDecision.SAME_PERSON) {
        const current = await findVisibleReturnee(ctx, flag.candidateId, { lock: true });
        if (!current) throw notFound('NOT_FOUND.returnee');
        await updatePerson(ctx, current, flag.person);
        resultId = current.id;
      } else {
        resultId = await registerPerson(ctx, row.unit_code, flag.person);
      }
      await writeRecords(ctx, resultId, flag.records).catch((error: unknown) => {
        // A record refused is the caller's to correct: its own words, not a server error.
        throw error instanceof RecordRefused ? error.refusal : error;
      });
      Object.assign(flag, { decision, decidedById: actor.userId, decidedAt: new Date(), resultId });
      const saved = await repo.save(flag);
      await audit(ctx, {
        action: 'decideImportFlag',
        objectType: 'ImportFlag',
        objectId: flag.id,
        returneeId: resultId,
        fields: ['decision'],
      });
      return saved;
    });
    await this.attachCandidates(ctx, [flag]);
    return flag;
  }

  /** Each flag's person on record, read in one statement, when the caller may see them. */
  private async attachCandidates(ctx: RequestContext, flags: ImportFlag[]): Promise<void> {
    if (flags.length === 0) return;
    const people = await ctx.db
      .getRepository(Returnee)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids: flags.map((f) => f.candidateId) })
      .andWhere(visibleReturneeSql('scope', 'helper'), { scope: await ctx.unitScope(), helper: helperFilter(ctx) })
      .getMany();
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const flag of flags) flag.candidate = byId.get(flag.candidateId);
  }
}

export const importFlagService = new ImportFlagService();
