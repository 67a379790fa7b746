import type { EntityManager } from 'typeorm';
import type { BenchPlan } from './plan.js';
import { BENCH_TODAY, benchId, pick } from './sql.js';
import { wardId } from './units.js';

/** The ward's name as insertUnits wrote it, lower-cased for an address. */
const wardName = `CASE WHEN p.ward % 5 < 3 THEN 'phường' ELSE 'xã' END || ' Mô Phỏng ' || lpad(p.ward::text, 5, '0')`;
const group = `CASE WHEN p.ward % 5 < 3 THEN 'Tổ dân phố ' ELSE 'Thôn ' END || (1 + ${pick('p.n', 19, 20)})`;

/**
 * The people. `search_name` is the product's normalised name (normalizeName), put together from
 * the normalised parts; the citizen ID is "000" (no province) + century/sex digit + year of birth
 * + a serial unique within that year, so the unique index and the product's validator both accept it.
 */
export async function insertReturnees(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO returnee (id, created_at, updated_at, version, unit_id, full_name, search_name, date_of_birth,
                           sex, citizen_id, permanent_address, current_address, residential_group, returned_on, status)
     SELECT p.id, p.returned_on + time '09:00', p.returned_on + time '09:00', 1, ${wardId('p.ward')},
            p.family || ' ' || p.middle || ' ' || p.given,
            p.family_search || ' ' || p.middle_search || ' ' || p.given_search,
            p.date_of_birth, CASE WHEN p.female THEN 'FEMALE' ELSE 'MALE' END::sex,
            '000' || ((CASE WHEN p.birth_year >= 2000 THEN 2 ELSE 0 END) + (CASE WHEN p.female THEN 1 ELSE 0 END))
                  || lpad((p.birth_year % 100)::text, 2, '0') || lpad(p.serial::text, 6, '0'),
            ${group} || ', ' || ${wardName}, ${group} || ', ' || ${wardName}, ${group}, p.returned_on,
            CASE WHEN p.closure_reason IS NOT NULL THEN 'CLOSED'
                 WHEN p.probation_ends_on >= ${BENCH_TODAY} THEN 'ON_PROBATION'
                 ELSE 'UNDER_SUPPORT' END::case_status
       FROM bench_person p`,
  );
}

/** Penal Code 2015 articles most often behind a prison sentence, with their chapter (weights repeat them). */
const ARTICLES: Array<[string, number, number]> = [
  ['173', 16, 30], // theft
  ['249', 20, 14], // illegal possession of drugs
  ['251', 20, 10], // drug trafficking
  ['134', 14, 10], // intentional injury
  ['171', 16, 8], // snatching
  ['174', 16, 8], // fraud
  ['321', 21, 8], // gambling
  ['168', 16, 4], // robbery
  ['318', 21, 4], // disturbing public order
  ['260', 21, 4], // road traffic offences
];
const weighted = ARTICLES.flatMap(([article, chapter, weight]) => Array(weight).fill([article, chapter]));

/** One conviction and one release per person, consistent with the person's dates. */
export async function insertConvictionsAndReleases(tx: EntityManager, plan: BenchPlan): Promise<void> {
  await tx.query(
    `INSERT INTO conviction (id, created_at, updated_at, version, returnee_id, court, judgment_number, judgment_date,
                             penal_code_article, penal_code_chapter, severity, intentional, age_at_offence,
                             main_penalty, prison_months, main_penalty_completed_on)
     SELECT ${benchId('conviction', 'p.n')}, c.at, c.at, 1, p.id,
            CASE WHEN p.prison_months >= 60 THEN 'Tòa án nhân dân tỉnh Mô Phỏng '
                   || lpad(((p.ward - 1) % ${plan.districts} % ${plan.provinces} + 1)::text, 2, '0')
                 ELSE 'Tòa án nhân dân huyện Mô Phỏng ' || lpad(((p.ward - 1) % ${plan.districts} + 1)::text, 4, '0') END,
            (1 + ${pick('p.n', 20, 400)}) || '/' || extract(year FROM c.judged) || '/HS-ST', c.judged,
            ($1::text[])[c.a], ($2::int[])[c.a],
            CASE WHEN p.prison_months <= 36 THEN 'LESS_SERIOUS' WHEN p.prison_months <= 84 THEN 'SERIOUS'
                 ELSE 'VERY_SERIOUS' END::offence_severity,
            true, greatest(16, extract(year FROM c.judged)::int - p.birth_year - 1),
            'FIXED_TERM_IMPRISONMENT', p.prison_months, p.completed_on
       FROM bench_person p
      CROSS JOIN LATERAL (
        SELECT (p.released_on - make_interval(months => p.prison_months - 4))::date AS judged,
               1 + ${pick('p.n', 21, weighted.length)} AS a,
               p.released_on - 30 + time '10:00' AS at
      ) c`,
    [weighted.map(([a]) => a), weighted.map(([, c]) => c)],
  );
  await tx.query(
    `INSERT INTO release (id, created_at, updated_at, version, returnee_id, type, certificate_number, released_on,
                          prison, probation_ends_on)
     SELECT ${benchId('release', 'p.n')}, p.returned_on + time '09:00', p.returned_on + time '09:00', 1, p.id,
            p.release_type::release_type, (100 + p.n) || '/GCN-TG', p.released_on,
            (ARRAY['Trại giam Xuân Nguyên', 'Trại giam Hoàng Tiến', 'Trại giam Ninh Khánh', 'Trại giam Thanh Xuân',
                   'Trại giam Nam Hà', 'Trại giam Phú Sơn 4'])[1 + ${pick('p.n', 22, 6)}],
            p.probation_ends_on
       FROM bench_person p`,
  );
}
