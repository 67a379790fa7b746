import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type printTexts from '../../../locales/print/vi.json';
import { romanNumeral } from './document-text';
import { printClasses as classes } from './print-sheet';

type FieldKey = keyof typeof printTexts.doc.returnee.field;

// The wording helpers live with the sheet's content; the person's full file uses them too.
export { date, vi } from './returnee-sheet-words';

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
