import { normalizeName } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { findVisibleReturnee, LIVE_RETURNEE_SQL } from '../returnees/returnee-access.js';
import { sameNameSql } from '../returnees/returnee-duplicates.js';
import { returneeService } from '../returnees/returnee.service.js';
import type { PersonRow } from './import-rows.js';

/*
 * Writing one imported row: the person matched, updated or registered, then the records beside
 * them; also what the officer's decision on a flagged row does.
 */

/** What became of one row. */
export type Outcome = 'imported' | 'updated' | 'unchanged' | 'flagged' | 'failed';

/** The API's messages are "Vietnamese / English": reports are for the ward, in Vietnamese. */
export const vietnamese = (message: string) => message.split(' / ')[0] ?? message;

/** The unit people come into. */
export interface IntoUnit {
  unitId: string;
  unitCode: string;
}

/** Updates the person with the details that differ; false when none do. */
export async function updatePerson(ctx: RequestContext, current: Returnee, person: PersonRow): Promise<boolean> {
  const { id: _id, ...details } = person;
  const changed = Object.entries(details).filter(
    ([key, value]) => (current as unknown as Record<string, unknown>)[key] !== value,
  );
  if (changed.length === 0) return false;
  await returneeService.update(ctx, {
    id: current.id,
    version: current.version,
    ...(Object.fromEntries(changed) as Partial<PersonRow>),
  });
  return true;
}

/** Registers the row's person in the unit; answers their id. */
export async function registerPerson(ctx: RequestContext, unitCode: string, person: PersonRow): Promise<string> {
  const { id: _id, ...details } = person;
  const registered = await returneeService.register(ctx, { ...details, fullName: person.fullName ?? '', unitCode });
  return registered.id;
}

/**
 * Matches the row to a person (by the id of an exported file, then by identity number), updates
 * them with what the row changes, or registers a new person; a row that may be someone on record
 * (same name and date of birth, or the same name when the row has no date of birth) is left for
 * the officer: importing it could make two files of one person.
 */
export async function writePerson(
  ctx: RequestContext,
  into: IntoUnit,
  person: PersonRow,
): Promise<{ outcome: Outcome; reason: string | null; returneeId?: string; candidateId?: string }> {
  let matchId = person.id ?? null;
  if (!matchId && person.citizenId) {
    const [found] = (await ctx.db.query('SELECT id FROM returnee WHERE citizen_id = $1', [person.citizenId])) as Array<{
      id: string;
    }>;
    matchId = found?.id ?? null;
  }
  if (matchId) {
    const current = await findVisibleReturnee(ctx, matchId, { lock: true });
    if (!current) {
      return {
        outcome: 'failed',
        reason: 'Không tìm thấy người này trong địa bàn của bạn (mã hồ sơ hoặc số định danh).',
      };
    }
    const updated = await updatePerson(ctx, current, person);
    return { outcome: updated ? 'updated' : 'unchanged', reason: null, returneeId: current.id };
  }
  const name = normalizeName(person.fullName ?? '');
  const [same] = (await ctx.db.query(
    `SELECT r.id FROM returnee r
     WHERE ${sameNameSql('$1')}
       AND ($2::date IS NULL OR r.date_of_birth = $2::date)
       AND r.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $3) AND ${LIVE_RETURNEE_SQL}
     LIMIT 1`,
    [name, person.dateOfBirth ?? null, into.unitId],
  )) as Array<{ id: string }>;
  if (same) {
    return {
      outcome: 'flagged',
      candidateId: same.id,
      reason: `Có thể trùng với người đã có hồ sơ (mã ${same.id}): cùng họ tên${person.dateOfBirth ? ' và ngày sinh' : ''}. Khi nhập chính thức, cán bộ xem và quyết định ở kết quả của lượt nhập: cùng một người hay người khác.`,
    };
  }
  const returneeId = await registerPerson(ctx, into.unitCode, person);
  return { outcome: 'imported', reason: null, returneeId };
}
