/*
 * Who is in the community-reintegration caseload on a day D, as SQL conditions shared by every
 * place that counts or lists it (the article's figures, the month-by-month caseload, the pledge
 * indicators, the no-contact alert and task), so that they cannot drift apart:
 *  - returned on or before D (each caller knows which return or stint it means);
 *  - no case closure in force on D: dated on or before D and not reopened by then;
 *  - not a parolee inside the probation period on D. Circular 10/2024/TT-BCA art. 7: a person
 *    released on parole (tha tù trước thời hạn có điều kiện) enters the reintegration caseload once
 *    the probation period is completed; until then the ward supervises them as a parolee (monthly
 *    assessment, Circular 65/2019/TT-BCA). `probation_ends_on` is the last day of probation, so
 *    the person counts from the day after. They still belong to the cohort of returns.
 * `returnee` and `day` are SQL expressions (a column, a parameter such as `$3::date`).
 * The summary tables' function `statistics_person_changes` (migration
 * StatisticsProvinceSummary1796670000000) applies the same conditions; a change here needs a
 * migration replacing it, and the property test (statistics-summary.e2e-spec.ts) shows whether the
 * two agree.
 */

/** A closure in force on `day`. */
export const CLOSED_ON_SQL = (returnee: string, day: string) =>
  `EXISTS (SELECT 1 FROM case_closure c WHERE c.returnee_id = ${returnee} AND c.closed_on <= ${day}
    AND (c.reopened_on IS NULL OR c.reopened_on > ${day}))`;

/** Released on parole and still inside the probation period on `day` (its last day included). */
export const ON_PROBATION_ON_SQL = (returnee: string, day: string) =>
  `EXISTS (SELECT 1 FROM release rl WHERE rl.returnee_id = ${returnee} AND rl.type = 'PAROLE'
    AND rl.released_on <= ${day} AND rl.probation_ends_on >= ${day})`;

/** Neither closed nor on probation on `day`: the caseload's conditions beyond having returned. */
export const IN_CASELOAD_ON_SQL = (returnee: string, day: string) =>
  `NOT ${CLOSED_ON_SQL(returnee, day)} AND NOT ${ON_PROBATION_ON_SQL(returnee, day)}`;
