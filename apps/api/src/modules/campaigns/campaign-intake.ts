import { IMPORT_RECORD_FIELDS, type ImportCell, type ImportField, todayInVietnam, UnitLevel } from '@hoanhap/shared';
import { badInput, ErrorCode, reworded } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { auditChange } from '../audit/audit.service.js';
import { ReleaseNotice } from '../lifecycle/release-notice.entity.js';
import { receptionService } from '../lifecycle/reception.service.js';
import { type CampaignRow, readCampaignRow } from './campaign-rows.js';

/*
 * A campaign's list comes in through the spreadsheet import (modules/imports): each row's person
 * is matched or registered in the receiving ward as any import does, then gets the campaign's
 * release notice, recorded by the lifecycle's own `recordReleaseNotice` (with its address
 * verification task, 3 working days, Circular 10/2024 art. 8). A row is refused with a Vietnamese
 * reason, which the import's report shows, by throwing the API's usual input errors.
 */

/**
 * The sheet's columns as a campaign's list reads them: the release date, the prison and the like
 * are the notice's, read by `readCampaignRow`. The import would otherwise take "Ngày ra trại" for
 * the day the person returned to the ward (that is the reception's) and "Trại giam" for a release
 * already recorded; the people on such a list are still in prison.
 */
export function campaignLayout<L extends { fields: ReadonlyArray<ImportField | null> }>(layout: L): L {
  return { ...layout, fields: layout.fields.map((field) => (field && CAMPAIGN_OWNED.has(field) ? null : field)) };
}
const CAMPAIGN_OWNED = new Set<ImportField>(['returnedOn', ...IMPORT_RECORD_FIELDS.release]);

/** The import job as the run reads it. */
export interface CampaignJob {
  campaign_id: string | null;
  unit_id: string;
  unit_code: string;
}

export interface CampaignIntake {
  campaignId: string;
  ward: { id: string; code: string };
  row: CampaignRow & { prison: string; statedAddress: string };
}

/** What became of the row, as the import counts it. */
interface Written {
  outcome: 'imported' | 'updated' | 'unchanged' | 'flagged' | 'failed';
  reason: string | null;
  returneeId?: string | null;
  /** For a flagged row: the person on record it may be. */
  candidateId?: string;
}

/**
 * Before the person is written: the row's campaign cells and its receiving ward (by code or name,
 * within the import's unit and the actor's scope; the import's own unit when it is a ward and the
 * row names none).
 */
export async function prepareCampaignRow(
  ctx: RequestContext,
  job: CampaignJob & { campaign_id: string },
  headers: readonly string[],
  cells: readonly ImportCell[],
  person: { currentAddress?: string; permanentAddress?: string },
): Promise<CampaignIntake> {
  const { row, problem } = readCampaignRow(headers, cells);
  if (problem) throw reworded(ErrorCode.BAD_USER_INPUT, problem);
  const ward = await receivingWard(ctx, job, row.ward);
  if (!row.prison) throw badInput('prison', 'REQUIRED.prison');
  const statedAddress = row.statedAddress ?? person.currentAddress ?? person.permanentAddress ?? null;
  if (!statedAddress) throw badInput('statedAddress', 'REQUIRED.statedAddress');
  return { campaignId: job.campaign_id, ward, row: { ...row, prison: row.prison, statedAddress } };
}

async function receivingWard(ctx: RequestContext, job: CampaignJob, named: string | null) {
  const rows: Array<{ id: string; code: string; level: UnitLevel }> = await ctx.db.query(
    `SELECT u.id, u.code, u.level FROM administrative_unit u
     WHERE u.id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $2)
       AND u.id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $3)
       AND (CASE WHEN $1::text IS NULL THEN u.id = $2
            ELSE lower(u.code) = lower($1) OR lower(u.name) = lower($1) OR lower(u.name) LIKE '% ' || lower($1) END)
     ORDER BY (lower(u.code) = lower(coalesce($1, ''))) DESC, (u.valid_to IS NULL) DESC, u.code LIMIT 2`,
    [named, job.unit_id, ctx.actor?.unitId],
  );
  const [first, second] = rows;
  // Two units answering to one name ("Phường An Bình", "Xã An Bình") must be told apart by code.
  if (!first || (second && first.code.toLowerCase() !== named?.toLowerCase() && named !== null)) {
    throw badInput('ward', named ? 'NOT_FOUND.receivingWard' : 'REQUIRED.receivingWard');
  }
  if (first.level !== UnitLevel.WARD && first.level !== UnitLevel.COMMUNE) {
    throw badInput('ward', named ? 'NOT_A_WARD.receivingWard' : 'REQUIRED.receivingWard');
  }
  return { id: first.id, code: first.code };
}

/**
 * After the person is written: their notice of this campaign, recorded once per person and
 * campaign (received on the intake date); a second list naming them again updates its prison,
 * expected release and address instead. A person on record in another ward is refused: their case
 * is handed over first.
 */
export async function recordCampaignRelease(
  ctx: RequestContext,
  intake: CampaignIntake,
  written: Written,
): Promise<Written> {
  const returneeId = written.returneeId ?? (await sameListedPerson(ctx, intake, written.candidateId));
  if (!returneeId) return written;
  const [inWard] = (await ctx.db.query(
    `SELECT 1 FROM returnee r JOIN unit_closure c ON c.unit_id = r.unit_id AND c.ancestor_id = $2 WHERE r.id = $1`,
    [returneeId, intake.ward.id],
  )) as unknown[];
  if (!inWard) throw badInput('ward', 'NOT_ALLOWED.campaignWard');
  const { prison, statedAddress, releaseOn } = intake.row;
  const notices = ctx.db.getRepository(ReleaseNotice);
  const existing = await notices.findOne({
    where: { campaignId: intake.campaignId, returneeId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!existing) {
    const notice = await receptionService.recordReleaseNotice(ctx, {
      returneeId,
      receivedOn: todayInVietnam(),
      prison,
      expectedReleaseOn: releaseOn,
      statedAddress,
    });
    await ctx.db.query('UPDATE release_notice SET campaign_id = $1 WHERE id = $2', [intake.campaignId, notice.id]);
    await auditChange(ctx, 'recordCampaignRelease', notice, ['campaignId'], returneeId);
    return { ...written, returneeId, outcome: written.outcome === 'unchanged' ? 'updated' : written.outcome };
  }
  const changes: Partial<ReleaseNotice> = {};
  if (existing.prison !== prison) changes.prison = prison;
  if (existing.statedAddress !== statedAddress) changes.statedAddress = statedAddress;
  if (releaseOn && existing.expectedReleaseOn !== releaseOn) {
    if (releaseOn < existing.receivedOn) throw badInput('expectedReleaseOn', 'BEFORE_START.expectedRelease');
    changes.expectedReleaseOn = releaseOn;
  }
  const outcome = written.outcome === 'flagged' ? 'unchanged' : written.outcome;
  if (Object.keys(changes).length === 0) return { ...written, returneeId, outcome, reason: null };
  await notices.save(Object.assign(existing, changes));
  await auditChange(ctx, 'recordCampaignRelease', existing, Object.keys(changes), returneeId);
  return { ...written, returneeId, outcome: outcome === 'unchanged' ? 'updated' : outcome, reason: null };
}

/**
 * A row the import flags (same name and date of birth as someone on record, without an identity
 * number to be sure) is that person when this campaign's list already named them: bringing the
 * same list in again then updates their notice instead of asking the officer again.
 */
async function sameListedPerson(
  ctx: RequestContext,
  intake: CampaignIntake,
  candidateId: string | undefined,
): Promise<string | null> {
  if (!candidateId) return null;
  const [listed] = (await ctx.db.query('SELECT 1 FROM release_notice WHERE campaign_id = $1 AND returnee_id = $2', [
    intake.campaignId,
    candidateId,
  ])) as unknown[];
  return listed ? candidateId : null;
}
