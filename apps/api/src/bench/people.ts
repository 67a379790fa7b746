import type { EntityManager } from 'typeorm';
import { NAME_LISTS } from './names.js';
import type { BenchPlan } from './plan.js';
import { BENCH_TODAY, benchId, percent, pick } from './sql.js';

/**
 * Every decision about person n, made once into a temporary table (dropped at commit) that the
 * table groups then read: the ward (the first `bigWardPeople` live in ward 1), name, sex, birth,
 * release, sentence, closure and employment outline. Proportions follow a real caseload: about 8%
 * women, one release in ten on parole and one in twenty by amnesty, half the sentences up to
 * three years, about 85% of cases closed, of which most after expungement.
 */
export async function createPersonTable(tx: EntityManager, plan: BenchPlan): Promise<void> {
  const f = NAME_LISTS;
  await tx.query(
    `CREATE TEMP TABLE bench_person ON COMMIT DROP AS
     WITH draws AS (
       SELECT n, ${percent('n', 5)} AS release_draw, ${percent('n', 7)} AS sentence_draw,
              ${pick('n', 8, 1 << 30)} AS months_draw, ${pick('n', 15, f.family.names.length)} AS family_index,
              ${pick('n', 16, 1 << 30)} AS middle_draw, ${pick('n', 17, 1 << 30)} AS given_draw
         FROM generate_series(1, $2::int) n
     ), base AS (
       SELECT d.*,
              CASE WHEN n <= $1 THEN 1 ELSE 2 + ${pick('n', 1, plan.wards - 1)} END AS ward,
              ${percent('n', 2)} < 8 AS female,
              1960 + (n - 1) % 46 AS birth_year,
              (n - 1) / 46 AS serial,
              make_date(1960 + ((n - 1) % 46)::int, 1, 1) + ${pick('n', 3, 365)} AS date_of_birth,
              CASE WHEN release_draw < 10 THEN 'PAROLE' WHEN release_draw < 15 THEN 'AMNESTY'
                   ELSE 'FULL_TERM' END AS release_type,
              CASE WHEN sentence_draw < 50 THEN 6 + months_draw % 31
                   WHEN sentence_draw < 85 THEN 37 + months_draw % 48
                   ELSE 85 + months_draw % 96 END AS prison_months
         FROM draws d
     ), returned AS (
       SELECT b.*, earliest + ${pick('n', 4, `(date '2026-10-31' - earliest + 1)`)}::int AS returned_on
         FROM (SELECT *, greatest(date '2015-01-01', (date_of_birth + interval '20 years')::date) AS earliest
                 FROM base) b
     ), released AS (
       SELECT r.*, (returned_on - 1 - ${pick('n', 6, 5)})::date AS released_on FROM returned r
     ), sentenced AS (
       SELECT s.*,
              CASE WHEN release_type = 'PAROLE'
                   THEN (released_on + make_interval(months => 3 + ${pick('n', 9, 22)}::int))::date END
                AS probation_ends_on
         FROM released s
     ), closing AS (
       SELECT c.*, coalesce(probation_ends_on, released_on) AS completed_on,
              -- Penal Code art. 70(2): 2 years after up to 5 years of prison, 3 years after more.
              (coalesce(probation_ends_on, released_on)
                 + make_interval(months => CASE WHEN prison_months <= 60 THEN 24 ELSE 36 END))::date AS eligible_on,
              ${percent('n', 10)} < 85 AND returned_on < ${BENCH_TODAY} - 30 AS closed,
              ${percent('n', 11)} AS reason_draw
         FROM sentenced c
     )
     SELECT y.*,
            -- The closing date: after expungement eligibility for an expunged record, else after the return.
            CASE WHEN closure_reason = 'EXPUNGED'
                   THEN eligible_on + ${pick('n', 12, `greatest(1, ${BENCH_TODAY} - eligible_on)`)}::int
                 WHEN closure_reason IS NOT NULL
                   THEN returned_on + 1 + ${pick('n', 12, `greatest(1, ${BENCH_TODAY} - returned_on - 1)`)}::int
            END AS closed_on
       FROM (
     SELECT x.*, ${benchId('returnee', 'n')} AS id,
            CASE WHEN NOT closed THEN NULL
                 WHEN reason_draw < 60 AND eligible_on < ${BENCH_TODAY} - 30 THEN 'EXPUNGED'
                 WHEN reason_draw < 75 THEN 'MOVED_AWAY' WHEN reason_draw < 85 THEN 'NEW_CONVICTION'
                 WHEN reason_draw < 90 THEN 'DECEASED' ELSE 'OTHER' END::closure_reason AS closure_reason,
            1 + ${pick('n', 13, 3)} AS job_count,
            ${percent('n', 14)} AS job_draw,
            ($3::text[])[1 + family_index] AS family,
            ($4::text[])[1 + family_index] AS family_search,
            CASE WHEN female THEN ($7::text[])[1 + middle_draw % ${f.middleFemale.names.length}]
                 ELSE ($5::text[])[1 + middle_draw % ${f.middleMale.names.length}] END AS middle,
            CASE WHEN female THEN ($8::text[])[1 + middle_draw % ${f.middleFemale.names.length}]
                 ELSE ($6::text[])[1 + middle_draw % ${f.middleMale.names.length}] END AS middle_search,
            CASE WHEN female THEN ($11::text[])[1 + given_draw % ${f.givenFemale.names.length}]
                 ELSE ($9::text[])[1 + given_draw % ${f.givenMale.names.length}] END AS given,
            CASE WHEN female THEN ($12::text[])[1 + given_draw % ${f.givenFemale.names.length}]
                 ELSE ($10::text[])[1 + given_draw % ${f.givenMale.names.length}] END AS given_search
       FROM closing x) y`,
    [
      plan.bigWardPeople,
      plan.returnees,
      f.family.names,
      f.family.search,
      f.middleMale.names,
      f.middleMale.search,
      f.middleFemale.names,
      f.middleFemale.search,
      f.givenMale.names,
      f.givenMale.search,
      f.givenFemale.names,
      f.givenFemale.search,
    ],
  );
  await tx.query('ANALYZE bench_person');
}
