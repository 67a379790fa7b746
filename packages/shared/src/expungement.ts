import { addMonths, type IsoDate } from './dates.js';
import { ExpungementRoute, MainPenalty, OffenceSeverity } from './enums.js';
import type { Label } from './labels.js';

/*
 * The expungement clock (xóa án tích), Penal Code 2015 as amended in 2017:
 *  - art. 69(2): unintentional less serious or serious offences leave no criminal record;
 *  - art. 107: offences committed under 18 (no record from 14 to under 16, and from 16 to under 18
 *    for less serious, serious or unintentional very serious offences; otherwise shorter periods);
 *  - art. 70: automatic expungement, waiting 1 / 2 / 3 / 5 years by penalty band;
 *  - art. 71: chapters XIII and XXVI need a court decision, waiting 3 / 5 / 7 years;
 *  - art. 73: periods follow the penalty as sentenced and run from completion of the main penalty.
 * Band edges follow the law's words: "up to 5 years" includes 60 months, "over 5 up to 15 years"
 * is 61–180 months. The period ends on the anniversary (29 February maps to 28 February).
 * The numbers are kept in EXPUNGEMENT_RULES so a change in the law is a data change.
 */

export interface ExpungementInput {
  penalty: MainPenalty;
  /** Months of imprisonment as sentenced (fixed-term imprisonment only). */
  prisonMonths?: number | null;
  penalCodeChapter: number;
  severity: OffenceSeverity;
  intentional: boolean;
  ageAtOffence: number;
  /** Completion of the main penalty (or end of a suspended sentence's probation). */
  mainPenaltyCompletedOn: IsoDate;
  supplementaryPenaltyEndsOn?: IsoDate | null;
  obligationsSettled: boolean;
  /** When court fees, fines or compensation were settled; null when there were none or the date is unknown. */
  obligationsSettledOn?: IsoDate | null;
}

export const ExpungementBlocker = {
  UNSETTLED_OBLIGATIONS: 'UNSETTLED_OBLIGATIONS',
} as const;
export type ExpungementBlocker = (typeof ExpungementBlocker)[keyof typeof ExpungementBlocker];
export const EXPUNGEMENT_BLOCKER_LABELS: Record<ExpungementBlocker, Label> = {
  UNSETTLED_OBLIGATIONS: {
    vi: 'Chưa thực hiện xong nghĩa vụ dân sự (án phí, bồi thường…)',
    en: 'Court fees, fines or compensation not yet settled',
  },
};

export interface ExpungementForecast {
  route: ExpungementRoute;
  /** Null when there is no record to expunge. */
  waitingMonths: number | null;
  /** Null for NO_RECORD, or while something blocks expungement. */
  eligibleOn: IsoDate | null;
  blockers: ExpungementBlocker[];
}

/** Waiting periods in months, by band: [non-custodial, prison ≤ 5 y, prison 5–15 y, prison > 15 y / life / commuted death]. */
export const EXPUNGEMENT_RULES = {
  automatic: [12, 24, 36, 60],
  courtDecision: [36, 36, 60, 84],
  juvenile: [6, 12, 24, 36],
  courtDecisionChapters: [13, 26],
} as const;

const NON_CUSTODIAL = new Set<MainPenalty>([
  MainPenalty.WARNING,
  MainPenalty.FINE,
  MainPenalty.NON_CUSTODIAL_REFORM,
  MainPenalty.SUSPENDED_SENTENCE,
]);

/** 0: non-custodial or suspended; 1: prison up to 5 years; 2: over 5 up to 15; 3: over 15, life or commuted death. */
export function penaltyBand(penalty: MainPenalty, prisonMonths?: number | null): 0 | 1 | 2 | 3 {
  if (NON_CUSTODIAL.has(penalty)) return 0;
  if (penalty === MainPenalty.LIFE_IMPRISONMENT || penalty === MainPenalty.DEATH_COMMUTED) return 3;
  if (prisonMonths === null || prisonMonths === undefined || !Number.isInteger(prisonMonths) || prisonMonths < 1) {
    throw new RangeError('prisonMonths is required for fixed-term imprisonment');
  }
  if (prisonMonths <= 60) return 1;
  if (prisonMonths <= 180) return 2;
  return 3;
}

function leavesNoRecord(i: ExpungementInput): boolean {
  const lesser = i.severity === OffenceSeverity.LESS_SERIOUS || i.severity === OffenceSeverity.SERIOUS;
  if (!i.intentional && lesser) return true; // art. 69(2)
  if (i.ageAtOffence < 16) return true; // art. 107(1)(a)
  if (i.ageAtOffence < 18) {
    return lesser || (!i.intentional && i.severity === OffenceSeverity.VERY_SERIOUS); // art. 107(1)(b)
  }
  return false;
}

export function forecastExpungement(input: ExpungementInput): ExpungementForecast {
  if (leavesNoRecord(input)) {
    return { route: ExpungementRoute.NO_RECORD, waitingMonths: null, eligibleOn: null, blockers: [] };
  }
  const band = penaltyBand(input.penalty, input.prisonMonths);
  const juvenile = input.ageAtOffence < 18;
  const byCourt =
    !juvenile && (EXPUNGEMENT_RULES.courtDecisionChapters as readonly number[]).includes(input.penalCodeChapter);
  const table = juvenile
    ? EXPUNGEMENT_RULES.juvenile
    : byCourt
      ? EXPUNGEMENT_RULES.courtDecision
      : EXPUNGEMENT_RULES.automatic;
  const waitingMonths = table[band];
  const route = byCourt ? ExpungementRoute.COURT_DECISION : ExpungementRoute.AUTOMATIC;

  if (!input.obligationsSettled) {
    return { route, waitingMonths, eligibleOn: null, blockers: [ExpungementBlocker.UNSETTLED_OBLIGATIONS] };
  }
  const candidates = [
    addMonths(input.mainPenaltyCompletedOn, waitingMonths),
    input.supplementaryPenaltyEndsOn,
    input.obligationsSettledOn,
  ].filter((d): d is IsoDate => typeof d === 'string');
  // ISO dates sort chronologically; the first candidate is always present.
  const eligibleOn = candidates.sort().at(-1) ?? null;
  return { route, waitingMonths, eligibleOn, blockers: [] };
}
