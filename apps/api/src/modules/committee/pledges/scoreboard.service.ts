import { rankByScore, totalScore } from '@hoanhap/shared';
import { badInput } from '../../../common/errors.js';
import type { RequestContext } from '../../../context.js';
import type { Organisation } from '../../organisations/organisation.entity.js';
import type { PledgeScoreboardEntry } from './pledge.types.js';

/*
 * The year's ranking of signatory organisations of EMULATION pledges in scope. For each pledge
 * reviewed that year, its year-end review counts (its 6-month review when there is none yet); an
 * organisation's score is the shared rule's total over the frozen items of the targets it is
 * responsible for, across those pledges.
 */
const SCOREBOARD_SQL = `
  WITH reviewed AS (
    SELECT DISTINCT ON (r.pledge_id) r.id, r.pledge_id
    FROM pledge_review r JOIN pledge p ON p.id = r.pledge_id
    WHERE p.unit_id = ANY($1::uuid[]) AND p.kind = 'EMULATION' AND r.review_year = $2
    ORDER BY r.pledge_id, (r.kind = 'YEAR_END') DESC, r.reviewed_on DESC
  )
  SELECT s.organisation_id, count(DISTINCT s.pledge_id)::int AS pledges,
    COALESCE(json_agg(json_build_object('weight', i.weight, 'progress', i.progress)) FILTER (WHERE i.id IS NOT NULL), '[]') AS items
  FROM reviewed rv
  JOIN pledge_signatory s ON s.pledge_id = rv.pledge_id
  LEFT JOIN pledge_target t ON t.pledge_id = rv.pledge_id AND t.responsible_organisation_id = s.organisation_id
  LEFT JOIN pledge_review_item i ON i.review_id = rv.id AND i.target_id = t.id
  GROUP BY s.organisation_id`;

export async function pledgeScoreboard(ctx: RequestContext, year: number): Promise<PledgeScoreboardEntry[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput('year', 'OUT_OF_RANGE.year');
  }
  const rows: Array<{
    organisation_id: string;
    pledges: number;
    items: Array<{ weight: string | number; progress: string | number | null }>;
  }> = await ctx.db.query(SCOREBOARD_SQL, [await ctx.unitScope(), year]);
  const orgs = await ctx.loaders.organisationById.loadMany(rows.map((r) => r.organisation_id));
  const entries = rows.map((r, i) => {
    const items = r.items.map((it) => ({
      weight: Number(it.weight),
      progress: it.progress === null ? null : Number(it.progress),
    }));
    return {
      score: totalScore(items),
      item: { organisation: orgs[i] as Organisation, targetCount: items.length, pledgeCount: r.pledges },
    };
  });
  entries.sort((a, b) => a.item.organisation.name.localeCompare(b.item.organisation.name, 'vi'));
  return rankByScore(entries).map((e) => ({ rank: e.rank, score: e.score, ...e.item }));
}
