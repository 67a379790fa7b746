import { normalizeName } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { Returnee } from './returnee.entity.js';
import { helperFilter, requireVisibleReturnee, visibleReturneeSql } from './returnee-access.js';

/** At most this many candidates: more would mean the name and birthday say little. */
const MAX_CANDIDATES = 20;

/**
 * SQL condition (on alias `r`): the person on record is named `name` (an SQL expression holding a
 * normalised full name): their names (`search_name`, the full name then other names) start with
 * it. The import flags a row that matches this way (import-run.ts) and the merge looks for the
 * other record the same way.
 */
export const sameNameSql = (name: string) =>
  `(r.search_name = ${name} OR left(r.search_name, length(${name}) + 1) = ${name} || ' ')`;

/**
 * Other live records in the actor's scope that may be the same person: born the same day and
 * named the same (either's full name begins the other's names), served by the `date_of_birth`
 * index. Without a date of birth, the same names exactly (the `search_name` index). A citizen ID
 * cannot be on two live records (a unique index; registering and editing refuse it), so it finds
 * none and is not asked. By name.
 */
export async function possibleDuplicates(ctx: RequestContext, id: string): Promise<Returnee[]> {
  const person = await requireVisibleReturnee(ctx, id);
  const match = person.dateOfBirth
    ? `r.date_of_birth = :dob AND (${sameNameSql(':fullName')} OR left(:searchName, length(r.search_name) + 1) = r.search_name || ' ')`
    : 'r.search_name IN (:fullName, :searchName)';
  return ctx.db
    .getRepository(Returnee)
    .createQueryBuilder('r')
    .where(`r.id <> :id AND ${visibleReturneeSql('scope', 'helper')} AND ${match}`, {
      id: person.id,
      scope: await ctx.unitScope(),
      helper: helperFilter(ctx),
      dob: person.dateOfBirth,
      fullName: normalizeName(person.fullName),
      searchName: person.searchName,
    })
    .orderBy('r.full_name')
    .addOrderBy('r.id')
    .limit(MAX_CANDIDATES)
    .getMany();
}
