import { todayInVietnam } from '@hoanhap/shared';
import type { ComponentType } from 'react';
import { useLang } from '../../../i18n/use-lang';
import { formatTimeVi } from '../../returnees/detail/reveal-grants';
import { placeDateLine } from './document-text';
import {
  ClosuresSection,
  ContactsSection,
  EmploymentSection,
  HelpersSection,
  IncidentsSection,
  SupportSection,
  TasksSection,
  TransfersSection,
} from './person-file-care';
import { type FileSectionProps, type PersonFile, useFileText } from './person-file-parts';
import {
  ClassificationsSection,
  IdentitySection,
  JudgmentsSection,
  ReceptionsSection,
  ReleaseNoticesSection,
  ReleasesSection,
} from './person-file-record';
import { AccessHistorySection, DocumentsSection } from './person-file-trail';
import { DocumentHeader, DocumentTitle, PrintSheet, printClasses as classes, SignatureBlock } from './print-sheet';

/** The sections in the order the file prints them, numbered I, II, … */
const SECTIONS: ReadonlyArray<ComponentType<FileSectionProps>> = [
  IdentitySection,
  JudgmentsSection,
  ReleaseNoticesSection,
  ReleasesSection,
  ReceptionsSection,
  ClassificationsSection,
  EmploymentSection,
  SupportSection,
  HelpersSection,
  ContactsSection,
  IncidentsSection,
  TasksSection,
  TransfersSection,
  ClosuresSection,
  DocumentsSection,
  AccessHistorySection,
];

/**
 * Everything the product holds on one person, on A4 in the administrative layout of the
 * information sheet (Decree 30/2020/NĐ-CP): the header, the title, who produced it, when and why,
 * then one section per kind of record. Official wording: Vietnamese in both UI languages.
 */
export function PersonFileSheet({ file, shown }: { file: PersonFile; shown: boolean }) {
  const { t, p } = useFileText();
  const lang = useLang();
  const unit = file.returnee.unit.name;
  return (
    <PrintSheet lang={lang} testId="person-file-sheet">
      <DocumentHeader
        issuer={[t('doc.returnee.issuer', { unit: unit.toLocaleUpperCase('vi-VN') })]}
        motto={[t('doc.motto'), t('doc.mottoSub')]}
        placeDate={placeDateLine(unit, todayInVietnam())}
        testIdPrefix="person-file"
      />
      <DocumentTitle title={p('title')} subject={file.returnee.fullName} testId="person-file-title" />
      <p data-testid="person-file-produced">
        {p('produced', { who: file.producedBy.displayName, when: formatTimeVi(file.producedAt) })}
      </p>
      <p data-testid="person-file-purpose">{p('purpose', { purpose: file.purpose })}</p>
      {SECTIONS.map((Section, i) => (
        <Section key={Section.name} n={i + 1} file={file} shown={shown} />
      ))}
      <div className={classes.signatures}>
        <SignatureBlock lines={[t('doc.returnee.makerRole')]} hint={t('doc.signHint')} name={null} />
        <SignatureBlock lines={[t('doc.returnee.headRole')]} hint={t('doc.signHintSeal')} name={null} />
      </div>
      <p className={classes.signHint} style={{ marginTop: '12pt' }}>
        {t('doc.returnee.confidential')}
      </p>
    </PrintSheet>
  );
}
