import type { IsoDate } from '@hoanhap/shared';
import { dateParts, placeName } from '../report-text';

/*
 * Pure wording of printed administrative documents (Decree 30/2020/NĐ-CP, appendix I). The
 * document text is Vietnamese in both UI languages: it is the official paper.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "ngày 05 tháng 02 năm 2024", "ngày 25 tháng 4 năm 2024": Decree 30 writes days below 10 and the
 * months January and February with a leading zero (so nobody can add a digit later), others plain.
 */
export function administrativeDate(iso: IsoDate): string {
  const { day, month, year } = dateParts(iso);
  const d = day < 10 ? pad(day) : String(day);
  const m = month <= 2 ? pad(month) : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}

/** "Lãm Hà, ngày 18 tháng 4 năm 2024": the place (a unit name without its level) and the date. */
export function placeDateLine(unitName: string, iso: IsoDate): string {
  return `${placeName(unitName)}, ${administrativeDate(iso)}`;
}

/** "Số: 58/QĐ-UBND"; a document not yet numbered leaves the dots to fill in by hand. */
export function numberLine(numberSymbol: string | null | undefined): string {
  const value = numberSymbol?.trim();
  return `Số: ${value ? value : '……'}`;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Sections (phần, mục) are numbered in Roman numerals: 1 → "I", 4 → "IV", 14 → "XIV". */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Articles (điều) are numbered in Arabic numerals: "Điều 1.", "Điều 2." */
export function articleHeading(n: number): string {
  return `Điều ${n}.`;
}

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^UBND\s+/i, 'Ủy ban nhân dân '],
  [/^HĐND\s+/i, 'Hội đồng nhân dân '],
  [/^MTTQ\s+/i, 'Mặt trận Tổ quốc '],
];
const BODY_AND_AREA = /^(.*?)\s+((?:phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố|tỉnh)\s+.+)$/i;

/**
 * The issuer block's lines in capitals: "UBND phường Lãm Hà" → ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÃM HÀ"].
 * The body and its area go on two lines as on real letterheads; a name without an area stays whole.
 */
export function issuerLines(issuer: string): string[] {
  let name = issuer.trim().replace(/\s+/g, ' ');
  for (const [short, long] of ABBREVIATIONS) name = name.replace(short, long);
  const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
  const match = name.match(BODY_AND_AREA);
  if (!match?.[1] || !match[2]) return [upper(name)];
  return [upper(match[1]), upper(match[2])];
}

/** The area an issuer speaks for ("UBND phường Lãm Hà" → "phường Lãm Hà"), or null. */
export function issuerArea(issuer: string): string | null {
  return issuer.trim().match(BODY_AND_AREA)?.[2] ?? null;
}

const LEVEL = '(?:phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố|tỉnh)';
const ORG_AT_PLACE = new RegExp(`^(.*\\s(${LEVEL}))\\s+(.+)$`, 'i');
const ENDS_WITH_LEVEL = new RegExp(`\\s(${LEVEL})$`, 'i');

/**
 * A member's position and workplace in one phrase, without saying the place twice:
 * "Phó Chủ tịch UBND phường" of "UBND phường Lãm Hà" → "Phó Chủ tịch UBND phường Lãm Hà";
 * "Cán bộ Công an phường phụ trách …" of "Công an phường Lãm Hà" stays as it is;
 * "Giám đốc" of "Công ty TNHH May mặc Kiến An" → "Giám đốc, Công ty TNHH May mặc Kiến An".
 */
export function memberPosition(title: string, organisationName?: string | null): string {
  const t = title.trim();
  const org = organisationName?.trim();
  if (!org) return t;
  const lower = (s: string) => s.toLocaleLowerCase('vi-VN');
  const atPlace = org.match(ORG_AT_PLACE);
  const level = t.match(ENDS_WITH_LEVEL)?.[1];
  if (atPlace?.[2] && atPlace[3] && level && lower(level) === lower(atPlace[2])) return `${t} ${atPlace[3]}`;
  if (lower(t).includes(lower(atPlace?.[1] ?? org))) return t;
  return `${t}, ${org}`;
}

export interface MemberForLine {
  personName: string;
  title: string;
  roleLabel: string;
  organisationName?: string | null;
}

/**
 * One line of a roster in a decision, ending with ";" or, for the last, ".":
 * "1. Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban;". No "Ông/Bà": sex is not held.
 */
export function memberLine(index: number, m: MemberForLine, last = false): string {
  const position = memberPosition(m.title, m.organisationName);
  return `${index}. ${m.personName.trim()}, ${position} – ${m.roleLabel}${last ? '.' : ';'}`;
}

export interface DatedMembership {
  startedOn: IsoDate;
  endedOn?: IsoDate | null;
}

/** The members seated on the day of the founding decision (or on the term's first day, if later). */
export function foundingMembers<M extends DatedMembership>(history: readonly M[], onDate: IsoDate): M[] {
  return history.filter((m) => m.startedOn <= onDate && (!m.endedOn || m.endedOn >= onDate));
}

const ROLE_ORDER = ['HEAD', 'STANDING_DEPUTY', 'DEPUTY', 'MEMBER', 'SECRETARY'];

/** A roster in the order a decision lists it: head, standing deputy, deputies, members, secretary. */
export function byCommitteeRole<M extends { role: string; personName: string }>(members: readonly M[]): M[] {
  const rank = (role: string) => {
    const i = ROLE_ORDER.indexOf(role);
    return i < 0 ? ROLE_ORDER.length : i;
  };
  return [...members].sort((a, b) => rank(a.role) - rank(b.role));
}

/** "Phường Lãm Hà" → "phường Lãm Hà": a unit named inside a sentence. */
export function areaName(unitName: string): string {
  return unitName.trim().replace(new RegExp(`^${LEVEL}`, 'i'), (level) => level.toLocaleLowerCase('vi-VN'));
}

/**
 * The unit of a target's value in words: "%" for a share, "vụ" for offences, "lượt" for support
 * actions, "lần/người/tháng" for contacts; a manual target's own unit ("buổi") as it is.
 */
export function unitOfMeasureText(unitOfMeasure: string, indicator?: string | null): string {
  if (unitOfMeasure === 'PERCENT') return '%';
  if (unitOfMeasure === 'RATE') return 'lần/người/tháng';
  if (unitOfMeasure === 'COUNT') {
    if (indicator === 'NEW_OFFENCES') return 'vụ';
    if (indicator === 'SUPPORT_DONE') return 'lượt';
    return 'số lượng';
  }
  return unitOfMeasure;
}

/** A number in a Vietnamese document: decimal comma, no more than two decimals ("1,5"). */
export function documentNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
}
