import { DOCUMENT_KIND_LABELS, ROLE_LABELS } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { formatTimeVi } from '../../returnees/detail/reveal-grants';
import { type FileSectionProps, RecordSection, text, useFileText } from './person-file-parts';
import { date, vi } from './returnee-sheet-parts';

/** The documents about the person: listed here, their files travel in the archive. */
export function DocumentsSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('documents')}
      testId="file-documents"
      rows={file.documents}
      columns={[
        [p('col.kind'), (x) => vi(DOCUMENT_KIND_LABELS, x.kind)],
        [p('col.number'), (x) => `${text(x.numberSymbol)}, ${date(x.issuedOn)}`],
        [p('col.issuer'), (x) => x.issuer],
        [p('col.title'), (x) => x.title],
        [p('col.file'), (x) => text(x.file?.name)],
      ]}
    />
  );
}

/**
 * Who read or changed the file, when and why: every audit row about the person up to this
 * printing. Actions in the access history tab's Vietnamese words (the paper is Vietnamese).
 */
export function AccessHistorySection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  const { i18n } = useTranslation();
  const words = i18n.getFixedT('vi', JUDGMENTS_NS);
  const action = (code: string) => {
    const key = `access.action.${code.replace(':', '_')}`;
    return i18n.exists(key, { ns: JUDGMENTS_NS, lng: 'vi' }) ? words(key as 'access.action.read_returnee') : code;
  };
  return (
    <RecordSection
      n={n}
      title={p('accessHistory')}
      testId="file-access-history"
      rows={file.accessHistory}
      columns={[
        [p('col.when'), (x) => formatTimeVi(x.occurredAt)],
        [
          p('col.who'),
          (x) => `${text(x.actor?.displayName)}${x.actorRole ? ` (${vi(ROLE_LABELS, x.actorRole)})` : ''}`,
        ],
        [p('col.action'), (x) => action(x.action)],
        [p('col.why'), (x) => x.purpose ?? (x.fields.length > 0 ? x.fields.join(', ') : '—')],
      ]}
    />
  );
}
