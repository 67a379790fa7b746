import type { ReactNode } from 'react';
import classes from './print-sheet.module.css';

/*
 * The frame every printed document shares (Decree 30/2020/NĐ-CP): the two-column header, the place
 * and date, the title, the recipients and the signature blocks. They only lay out what they are
 * given, so each document brings its own texts (and the statistics report keeps its own).
 */

export { classes as printClasses };

/** The sheet of paper: A4 on screen, margins from @page on paper. */
export function PrintSheet({ lang, testId, children }: { lang: string; testId: string; children: ReactNode }) {
  return (
    <article className={classes.sheet} lang={lang} data-testid={testId}>
      {children}
    </article>
  );
}

/** The controls above the sheet; hidden when printing. */
export function PrintToolbar({ children }: { children: ReactNode }) {
  return <div className={classes.toolbar}>{children}</div>;
}

export interface DocumentHeaderProps {
  /** The superior body (cơ quan chủ quản), when the issuer has one to name. */
  superior?: string[];
  /** The issuing body, one line each, in capitals. */
  issuer: string[];
  /** "Số: 58/QĐ-UBND"; left out on papers without a number. */
  number?: string;
  /** The national motto's two lines. */
  motto: [string, string];
  /** "Lãm Hà, ngày 25 tháng 4 năm 2024", under the motto. */
  placeDate?: string;
  testIdPrefix: string;
}

/** Issuer on the left, motto on the right, each underlined, with the number and the place and date. */
export function DocumentHeader({ superior, issuer, number, motto, placeDate, testIdPrefix }: DocumentHeaderProps) {
  return (
    <header className={classes.header}>
      <div>
        {superior?.map((line) => (
          <p key={line} data-testid={`${testIdPrefix}-superior`}>
            {line}
          </p>
        ))}
        <div className={classes.bold} data-testid={`${testIdPrefix}-issuer`}>
          {issuer.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <hr className={classes.rule} />
        {number && <p data-testid={`${testIdPrefix}-number`}>{number}</p>}
      </div>
      <div>
        <p className={classes.bold}>{motto[0]}</p>
        <p className={classes.bold}>{motto[1]}</p>
        <hr className={classes.rule} style={{ width: '50%' }} />
        {placeDate && (
          <p className={classes.placeDate} data-testid={`${testIdPrefix}-place-date`}>
            {placeDate}
          </p>
        )}
      </div>
    </header>
  );
}

/** The document's kind in capitals and what it is about. */
export function DocumentTitle({ title, subject, testId }: { title: string; subject?: ReactNode; testId?: string }) {
  return (
    <>
      <h1 className={classes.title} data-testid={testId}>
        {title}
      </h1>
      {subject && <p className={classes.subject}>{subject}</p>}
    </>
  );
}

/** "Nơi nhận:" and its list, bottom left. */
export function Recipients({ label, lines }: { label: string; lines: string }) {
  return (
    <div className={classes.recipients}>
      <strong>{label}</strong>
      {'\n'}
      {lines}
    </div>
  );
}

export interface SignatureBlockProps {
  /** "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH": in capitals, bold. */
  lines: string[];
  /** "(Ký, ghi rõ họ tên, đóng dấu)". */
  hint?: string;
  /**
   * The signer's name under the space for signature and seal; null leaves the space and no name (to
   * be written by hand); undefined leaves neither (a report signed below its role only).
   */
  name?: string | null;
  testId?: string;
}

/** Who signs, room for the signature and seal, and the name. */
export function SignatureBlock({ lines, hint, name, testId }: SignatureBlockProps) {
  return (
    <div className={classes.signer} data-testid={testId}>
      {lines.map((line) => (
        <p key={line} className={classes.bold}>
          {line}
        </p>
      ))}
      {hint && <p className={classes.signHint}>{hint}</p>}
      {name !== undefined && <p className={classes.signName}>{name ?? '\u00a0'}</p>}
    </div>
  );
}

/** Recipients on the left, the signature on the right, kept on one page. */
export function SignatureFooter({ recipients, signer }: { recipients?: ReactNode; signer: ReactNode }) {
  return (
    <footer className={classes.signature}>
      {recipients ?? <div />}
      {signer}
    </footer>
  );
}
