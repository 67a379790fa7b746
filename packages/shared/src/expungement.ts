import { addMonths, type IsoDate } from './dates.js';
import { ExpungementRoute, MainPenalty, OffenceSeverity } from './enums.js';
import type { Label } from './labels.js';

/*
 * The expungement clock (xóa án tích), Penal Code 2015 as amended by Law 12/2017:
 *  - art. 69(2): unintentional less serious or serious offences leave no criminal record;
 *  - art. 107(1): offences committed under 18 leave no record from 14 to under 16, and from 16 to
 *    under 18 for less serious, serious or unintentional very serious offences;
 *  - art. 70(2): automatic expungement, waiting 1 / 2 / 3 / 5 years by penalty band, once the
 *    supplementary penalties and the judgment's other decisions are completed;
 *  - art. 71(2): chapters XIII and XXVI need a court decision, waiting 1 / 3 / 5 / 7 years ("a) 01
 *    năm … phạt cảnh cáo, phạt cải tạo không giam giữ, phạt tù nhưng được hưởng án treo; b) 03 năm
 *    … phạt tù đến 05 năm; c) 05 năm … từ trên 05 năm đến 15 năm; d) 07 năm … trên 15 năm, tù chung
 *    thân hoặc tử hình nhưng đã được giảm án"), with the same conditions as art. 70(2);
 *  - art. 107(2): offences committed under 18 wait 6 months / 1 / 2 / 3 years, and ask only that no
 *    new offence is committed in that time: supplementary penalties and the judgment's other
 *    decisions (court fees, fines, compensation) are no condition;
 *  - art. 73(1): periods follow the penalty as sentenced and run from completion of the main penalty;
 *  - art. 73(2): a new conviction before expungement restarts the old record's clock from the
 *    completion of the new main penalty. A person's forecast therefore covers every conviction not
 *    yet expunged (forecastRecord): counted from the latest completion, the longest period among
 *    them, by court if any of them is, held back by any of them.
 * Band edges follow the law's words: "up to 5 years" includes 60 months, "over 5 up to 15 years"
 * is 61–180 months. Dates follow Criminal Procedure Code 2015 art. 134 (see addMonths): a period in
 * months or years ends on the same day of the later month, or on that month's last day when it has
 * no such day (29 February + 1 year is 28 February). The numbers are kept in EXPUNGEMENT_RULES so a
 * change in the law is a data change.
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
    vi: 'Chưa thực hiện xong nghĩa vụ theo bản án (án phí, tiền phạt, bồi thường…)',
    en: 'Obligations under the judgment (court fees, fines, compensation…) not yet settled',
  },
};

/** The rules that shaped a forecast, in the order they apply: the forecast's explanation. */
export const ExpungementNote = {
  NO_RECORD_UNINTENTIONAL: 'NO_RECORD_UNINTENTIONAL',
  NO_RECORD_JUVENILE: 'NO_RECORD_JUVENILE',
  AUTOMATIC_PERIOD: 'AUTOMATIC_PERIOD',
  COURT_PERIOD: 'COURT_PERIOD',
  JUVENILE_PERIOD: 'JUVENILE_PERIOD',
  NEW_CONVICTION_RESTARTS: 'NEW_CONVICTION_RESTARTS',
  SUPPLEMENTARY_PENALTY_ENDS_LATER: 'SUPPLEMENTARY_PENALTY_ENDS_LATER',
  OBLIGATIONS_SETTLED_LATER: 'OBLIGATIONS_SETTLED_LATER',
} as const;
export type ExpungementNote = (typeof ExpungementNote)[keyof typeof ExpungementNote];
export const EXPUNGEMENT_NOTE_LABELS: Record<ExpungementNote, Label> = {
  NO_RECORD_UNINTENTIONAL: {
    vi: 'Phạm tội do lỗi vô ý thuộc loại ít nghiêm trọng hoặc nghiêm trọng: không bị coi là có án tích (Bộ luật Hình sự, Điều 69 khoản 2).',
    en: 'An unintentional less serious or serious offence leaves no criminal record (Penal Code art. 69(2)).',
  },
  NO_RECORD_JUVENILE: {
    vi: 'Phạm tội khi chưa đủ 18 tuổi thuộc trường hợp không bị coi là có án tích (Bộ luật Hình sự, Điều 107 khoản 1).',
    en: 'An offence committed under 18 that leaves no criminal record (Penal Code art. 107(1)).',
  },
  AUTOMATIC_PERIOD: {
    vi: 'Đương nhiên được xóa án tích khi hết thời hạn, đã chấp hành xong hình phạt bổ sung và các quyết định khác của bản án và không phạm tội mới (Bộ luật Hình sự, Điều 70 khoản 2).',
    en: 'The record is expunged automatically once the period has passed, the supplementary penalties and the judgment’s other decisions are completed and no new offence was committed (Penal Code art. 70(2)).',
  },
  COURT_PERIOD: {
    vi: 'Tội thuộc Chương XIII hoặc Chương XXVI: hết thời hạn thì đủ điều kiện đề nghị Tòa án xóa án tích; Tòa án quyết định (Bộ luật Hình sự, Điều 71 khoản 2).',
    en: 'A chapter XIII or XXVI offence: once the period has passed the person may apply to the court, which decides (Penal Code art. 71(2)).',
  },
  JUVENILE_PERIOD: {
    vi: 'Phạm tội khi chưa đủ 18 tuổi: đương nhiên được xóa án tích nếu không phạm tội mới trong thời hạn; hình phạt bổ sung và nghĩa vụ theo bản án (án phí, tiền phạt, bồi thường…) chưa xong không ngăn việc xóa án tích (Bộ luật Hình sự, Điều 107 khoản 2).',
    en: 'An offence committed under 18: the record is expunged automatically if no new offence is committed within the period; unfinished supplementary penalties and obligations under the judgment (court fees, fines, compensation…) do not stand in the way (Penal Code art. 107(2)).',
  },
  NEW_CONVICTION_RESTARTS: {
    vi: 'Bị kết án mới khi chưa được xóa án tích: thời hạn tính lại từ ngày chấp hành xong hình phạt chính của bản án sau cùng, theo thời hạn dài nhất trong các bản án chưa được xóa án tích (Bộ luật Hình sự, Điều 73 khoản 2).',
    en: 'A new conviction before expungement: the period restarts from the completion of the latest main penalty, and the longest period among the convictions not yet expunged applies (Penal Code art. 73(2)).',
  },
  SUPPLEMENTARY_PENALTY_ENDS_LATER: {
    vi: 'Hình phạt bổ sung kết thúc sau khi hết thời hạn: đủ điều kiện từ ngày chấp hành xong hình phạt bổ sung.',
    en: 'A supplementary penalty ends after the period: eligibility comes when it ends.',
  },
  OBLIGATIONS_SETTLED_LATER: {
    vi: 'Nghĩa vụ theo bản án được thực hiện xong sau khi hết thời hạn: đủ điều kiện từ ngày thực hiện xong.',
    en: 'Obligations under the judgment were settled after the period: eligibility comes on the day they were settled.',
  },
};

export interface ExpungementForecast {
  route: ExpungementRoute;
  /** Null when there is no record to expunge. */
  waitingMonths: number | null;
  /** Null for NO_RECORD, or while something blocks expungement. */
  eligibleOn: IsoDate | null;
  blockers: ExpungementBlocker[];
  /** The rules applied, for the person reading the forecast. */
  explanation: ExpungementNote[];
}

/** Waiting periods in months, by band: [non-custodial, prison ≤ 5 y, prison 5–15 y, prison > 15 y / life / commuted death]. */
export const EXPUNGEMENT_RULES = {
  automatic: [12, 24, 36, 60],
  courtDecision: [12, 36, 60, 84],
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

/** Why a judgment leaves no record (arts. 69(2), 107(1)), or null when it leaves one. */
function noRecordNote(i: ExpungementInput): ExpungementNote | null {
  const lesser = i.severity === OffenceSeverity.LESS_SERIOUS || i.severity === OffenceSeverity.SERIOUS;
  if (!i.intentional && lesser) return ExpungementNote.NO_RECORD_UNINTENTIONAL; // art. 69(2)
  if (i.ageAtOffence < 16) return ExpungementNote.NO_RECORD_JUVENILE; // art. 107(1)(a)
  const unintentionalVerySerious = !i.intentional && i.severity === OffenceSeverity.VERY_SERIOUS;
  if (i.ageAtOffence < 18 && (lesser || unintentionalVerySerious)) return ExpungementNote.NO_RECORD_JUVENILE; // art. 107(1)(b)
  return null;
}

/** One judgment that leaves a record, with the article that sets its period. */
interface RecordedConviction {
  input: ExpungementInput;
  /** Under 18 at the offence (art. 107(2)): only a new offence matters, no other condition. */
  juvenile: boolean;
  byCourt: boolean;
  waitingMonths: number;
  /** The article that sets the period: 70(2), 71(2) or 107(2). */
  period: ExpungementNote;
}

function recorded(input: ExpungementInput): RecordedConviction {
  const band = penaltyBand(input.penalty, input.prisonMonths);
  const juvenile = input.ageAtOffence < 18;
  const byCourt =
    !juvenile && (EXPUNGEMENT_RULES.courtDecisionChapters as readonly number[]).includes(input.penalCodeChapter);
  if (juvenile) {
    return {
      input,
      juvenile,
      byCourt,
      waitingMonths: EXPUNGEMENT_RULES.juvenile[band],
      period: ExpungementNote.JUVENILE_PERIOD,
    };
  }
  if (byCourt) {
    return {
      input,
      juvenile,
      byCourt,
      waitingMonths: EXPUNGEMENT_RULES.courtDecision[band],
      period: ExpungementNote.COURT_PERIOD,
    };
  }
  return {
    input,
    juvenile,
    byCourt,
    waitingMonths: EXPUNGEMENT_RULES.automatic[band],
    period: ExpungementNote.AUTOMATIC_PERIOD,
  };
}

const latest = (dates: Array<IsoDate | null | undefined>): IsoDate | null =>
  // ISO dates sort chronologically.
  dates
    .filter((d): d is IsoDate => typeof d === 'string')
    .sort()
    .at(-1) ?? null;

/** The forecast for one judgment (a person with a single conviction). */
export function forecastExpungement(input: ExpungementInput): ExpungementForecast {
  return forecastRecord([input]);
}

/**
 * The forecast for a person's whole record: every conviction not yet expunged, in any order
 * (Penal Code art. 73(2)). Counted from the latest completion of a main penalty (a conviction that
 * leaves no record still restarts the others' clock); the longest period among the convictions
 * that leave a record; by court when any of them is; blocked, or held back, by the supplementary
 * penalties and obligations of any adult conviction (art. 107(2) sets no such condition for
 * offences committed under 18).
 */
export function forecastRecord(convictions: readonly ExpungementInput[]): ExpungementForecast {
  if (convictions.length === 0) throw new RangeError('a forecast needs at least one conviction');
  const notes = new Set<ExpungementNote>();
  // In the catalogue's order, whatever the order of the convictions.
  const explained = () => Object.values(ExpungementNote).filter((n) => notes.has(n));
  const records = convictions.filter((c) => noRecordNote(c) === null).map(recorded);
  if (records.length === 0) {
    for (const c of convictions) notes.add(noRecordNote(c) as ExpungementNote);
    return {
      route: ExpungementRoute.NO_RECORD,
      waitingMonths: null,
      eligibleOn: null,
      blockers: [],
      explanation: explained(),
    };
  }

  for (const r of records) notes.add(r.period);
  if (convictions.length > 1) notes.add(ExpungementNote.NEW_CONVICTION_RESTARTS);
  const route = records.some((r) => r.byCourt) ? ExpungementRoute.COURT_DECISION : ExpungementRoute.AUTOMATIC;
  const waitingMonths = Math.max(...records.map((r) => r.waitingMonths));
  const adults = records.filter((r) => !r.juvenile).map((r) => r.input);
  if (adults.some((i) => !i.obligationsSettled)) {
    const blockers = [ExpungementBlocker.UNSETTLED_OBLIGATIONS];
    return { route, waitingMonths, eligibleOn: null, blockers, explanation: explained() };
  }
  const restartedFrom = latest(convictions.map((c) => c.mainPenaltyCompletedOn)) as IsoDate;
  const periodEnds = addMonths(restartedFrom, waitingMonths);
  const supplementaryEnds = latest(adults.map((i) => i.supplementaryPenaltyEndsOn));
  const settledOn = latest(adults.map((i) => i.obligationsSettledOn));
  const eligibleOn = latest([periodEnds, supplementaryEnds, settledOn]) as IsoDate;
  if (eligibleOn > periodEnds) {
    if (eligibleOn === supplementaryEnds) notes.add(ExpungementNote.SUPPLEMENTARY_PENALTY_ENDS_LATER);
    if (eligibleOn === settledOn) notes.add(ExpungementNote.OBLIGATIONS_SETTLED_LATER);
  }
  return { route, waitingMonths, eligibleOn, blockers: [], explanation: explained() };
}
