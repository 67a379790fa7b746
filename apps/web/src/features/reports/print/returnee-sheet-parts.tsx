import { formatDateVi, type Label } from '@hoanhap/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturneePrintQuery } from '../../../gql/graphql';
import type printTexts from '../../../locales/print/vi.json';
import { romanNumeral } from './document-text';
import { printClasses as classes } from './print-sheet';

/** The person as the information sheet prints them. */
export type Person = NonNullable<ReturneePrintQuery['returnee']>;
type FieldKey = keyof typeof printTexts.doc.returnee.field;

/** What each section of the sheet is given: the person, and whether sensitive fields are shown. */
export interface SheetSectionProps {
  n: number;
  person: Person;
  shown: boolean;
}

/** The Vietnamese label of an API enum value: the sheet is an official paper. */
export const vi = (labels: Readonly<Record<string, Label>>, value: string | null | undefined) =>
  value == null ? '—' : (labels[value]?.vi ?? value);
export const date = (iso: string | null | undefined) => (iso ? formatDateVi(iso) : '—');

/** The sheet's words (Vietnamese in both UI languages, see i18n/print.tsx), its field labels and "hidden". */
export function useSheetText() {
  const { t } = useTranslation('print');
  const f = (key: FieldKey) => t(`doc.returnee.field.${key}`);
  const hidden = <span className={classes.muted}>{t('doc.hidden')}</span>;
  return { t, f, hidden };
}

export function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className={classes.section}>
      <p className={classes.sectionHeading}>
        {romanNumeral(n)}. {title}
      </p>
      {children}
    </section>
  );
}

export function Fields({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <table className={classes.fields}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}:</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
