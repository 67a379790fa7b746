import { formatDateVi, type Label } from '@hoanhap/shared';
import type { TFunction } from 'i18next';
import type { ReturneePrintQuery } from '../../../gql/graphql';
import type printTexts from '../../../locales/print/vi.json';

/* The pieces the information sheet's sections are made of, shared by its record and care parts. */

/** The person as the information sheet prints them. */
export type Person = NonNullable<ReturneePrintQuery['returnee']>;
type FieldKey = keyof typeof printTexts.doc.returnee.field;

/** "Label: value"; `hidden`: a sensitive value this reader was not given, printed as "not shown". */
export interface SheetField {
  label: string;
  value: string;
  hidden?: boolean;
  strong?: boolean;
}

/** What a section holds: label–value lines, a list, a table, or one sentence. */
export type SheetBlock =
  | { kind: 'fields'; rows: SheetField[] }
  | { kind: 'list'; items: string[]; testId: string }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric: boolean[]; testId: string }
  | { kind: 'text'; text: string; hidden?: boolean; testId?: string };

export interface SheetSection {
  /** "I. THÔNG TIN NHÂN THÂN". */
  heading: string;
  block: SheetBlock;
}

/** What each section is built from: the person, whether sensitive fields are shown, and the words. */
export interface SheetWords {
  person: Person;
  shown: boolean;
  t: TFunction<'print'>;
  f: (key: FieldKey) => string;
  hidden: string;
}

/** The Vietnamese label of an API enum value: the sheet is an official paper. */
export const vi = (labels: Readonly<Record<string, Label>>, value: string | null | undefined) =>
  value == null ? '—' : (labels[value]?.vi ?? value);
export const date = (iso: string | null | undefined) => (iso ? formatDateVi(iso) : '—');

/** A section's title (without its number) and what it holds. */
export type SectionParts = { title: string; block: SheetBlock };
