import type { ReactNode } from 'react';
import type { PersonFileQuery } from '../../../gql/graphql';
import { printClasses as classes } from './print-sheet';
import { Section, useSheetText } from './returnee-sheet-parts';

/** The whole file as the print page and the archive read it (the `PersonFile` query). */
export type PersonFile = PersonFileQuery['personFile'];
export type FilePerson = PersonFile['returnee'];

/** What each section of the whole file is given: its number, the file, and whether sensitive parts came back. */
export interface FileSectionProps {
  n: number;
  file: PersonFile;
  shown: boolean;
}

/** The sheet's words for the whole file (`doc.personFile.*`, Vietnamese in both UI languages). */
export function useFileText() {
  const { t, hidden } = useSheetText();
  const p = (key: string, values?: Record<string, unknown>) => t(`doc.personFile.${key}` as 'doc.motto', values);
  return { t, p, hidden };
}

/** A numbered section holding one kind of record as a table, or "none recorded" when there is none. */
export function RecordSection<Row extends { id: string }>({
  n,
  title,
  rows,
  columns,
  testId,
  empty,
}: {
  n: number;
  title: string;
  rows: readonly Row[];
  columns: ReadonlyArray<[string, (row: Row) => ReactNode]>;
  testId: string;
  /** What to print instead of an empty table (a hidden sensitive list says so). */
  empty?: ReactNode;
}) {
  const { p } = useFileText();
  return (
    <Section n={n} title={title}>
      {rows.length === 0 ? (
        <p data-testid={`${testId}-empty`}>{empty ?? p('none')}</p>
      ) : (
        <table className={classes.table} data-testid={testId}>
          <thead>
            <tr>
              {columns.map(([label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {columns.map(([label, cell]) => (
                  <td key={label}>{cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** "—" for a missing text. */
export const text = (value: string | null | undefined) => (value == null || value === '' ? '—' : value);
