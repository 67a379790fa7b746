/**
 * What `pnpm bench:seed` writes for a given size: the number of units of each level, the share of
 * the big ward, and the marker that tells a later run whether the same data set is already there.
 * Everything else is derived, row by row, from the row number (see sql.ts), so the same plan
 * always gives the same data.
 */
export interface BenchOptions {
  returnees: number;
  provinces: number;
}

export interface BenchPlan extends BenchOptions {
  districts: number;
  wards: number;
  /** People of the first ward (`bench-w-00001`), the ward a benchmark reads as a whole. */
  bigWardPeople: number;
  /** Written in every bench province's note: a run with the same marker has nothing to do. */
  marker: string;
}

/** The national-scale reference: per million people, about 700 districts and 3,300 wards. */
const DISTRICTS_PER_MILLION = 700;
const WARDS_PER_MILLION = 3_300;
const BIG_WARD_PEOPLE = 1_000;
/** Bumped whenever the generated data changes, so a re-run replaces data made by an older version. */
const GENERATOR_VERSION = 1;
/**
 * Citizen IDs are "000" (no province's code) + century/sex + year + a 6-digit serial below
 * 100000, which the demo's serials (100000 and up) never use: 46 birth years × 100,000.
 */
export const MAX_RETURNEES = 4_000_000;

export function planBench({ returnees, provinces }: BenchOptions): BenchPlan {
  if (!Number.isInteger(returnees) || returnees < 10 || returnees > MAX_RETURNEES) {
    throw new Error(`--returnees must be a whole number from 10 to ${MAX_RETURNEES}`);
  }
  if (!Number.isInteger(provinces) || provinces < 1 || provinces > 63) {
    throw new Error('--provinces must be a whole number from 1 to 63');
  }
  const scaled = (perMillion: number) => Math.round((perMillion * returnees) / 1_000_000);
  const districts = Math.max(provinces, scaled(DISTRICTS_PER_MILLION));
  const wards = Math.max(districts, 4, scaled(WARDS_PER_MILLION));
  return {
    returnees,
    provinces,
    districts,
    wards,
    bigWardPeople: Math.min(BIG_WARD_PEOPLE, Math.floor(returnees / 10)),
    marker: `bench:v${GENERATOR_VERSION}:returnees=${returnees}:provinces=${provinces}`,
  };
}
