import { useLang } from '../../../i18n/use-lang';
import { DocumentHeader, DocumentTitle, PrintSheet, printClasses as classes, SignatureBlock } from './print-sheet';
import type { ReturneeSheetContent } from './returnee-sheet-content';
import { Fields } from './returnee-sheet-parts';
import type { SheetBlock } from './returnee-sheet-words';

/** A value this reader was not given, greyed: the paper says it exists without saying it. */
const Hidden = ({ text }: { text: string }) => <span className={classes.muted}>{text}</span>;

function Block({ block }: { block: SheetBlock }) {
  switch (block.kind) {
    case 'fields':
      return (
        <Fields
          rows={block.rows.map((row) => [
            row.label,
            row.hidden ? (
              <Hidden key="v" text={row.value} />
            ) : row.strong ? (
              <strong key="v">{row.value}</strong>
            ) : (
              row.value
            ),
          ])}
        />
      );
    case 'list':
      return (
        <ul className={classes.list} data-testid={block.testId}>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className={classes.table} data-testid={block.testId}>
          <thead>
            <tr>
              {block.head.map((heading) => (
                <th scope="col" key={heading}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((cells) => (
              <tr key={cells.join('|')}>
                {cells.map((cell, i) => (
                  <td className={block.numeric[i] ? classes.num : undefined} key={block.head[i]}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'text':
      return <p data-testid={block.testId}>{block.hidden ? <Hidden text={block.text} /> : block.text}</p>;
  }
}

/** The information sheet (HCD-02) on paper, from the words it shares with the Word file. */
export function InformationSheet({ content }: { content: ReturneeSheetContent }) {
  const lang = useLang();
  const { frame } = content;

  return (
    <PrintSheet lang={lang} testId="returnee-sheet">
      <DocumentHeader issuer={frame.issuer} motto={frame.motto} placeDate={frame.placeDate} testIdPrefix="returnee" />
      <DocumentTitle title={frame.title} testId="returnee-print-title" />

      {content.sections.map((section) => (
        <section className={classes.section} key={section.heading}>
          <p className={classes.sectionHeading}>{section.heading}</p>
          <Block block={section.block} />
        </section>
      ))}

      <div className={classes.signatures}>
        {content.end.signers.map((s) => (
          <SignatureBlock key={s.lines.join(' ')} lines={s.lines} hint={s.hint} name={s.name} />
        ))}
      </div>
      <p className={classes.signHint} style={{ marginTop: '12pt' }}>
        {content.confidential}
      </p>
    </PrintSheet>
  );
}
