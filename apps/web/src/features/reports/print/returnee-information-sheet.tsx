import { todayInVietnam } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang';
import { placeDateLine } from './document-text';
import { DocumentHeader, DocumentTitle, PrintSheet, printClasses as classes, SignatureBlock } from './print-sheet';
import { EmploymentSection, ForecastSection, HelpersSection, SupportSection } from './returnee-sheet-care';
import type { Person } from './returnee-sheet-parts';
import { CaseSection, ConvictionsSection, IdentitySection, ReleaseSection } from './returnee-sheet-record';

/** The sheet's text. Official wording: Vietnamese in both UI languages (see i18n/print.tsx). */
export function InformationSheet({ person, shown }: { person: Person; shown: boolean }) {
  const { t } = useTranslation('print');
  const lang = useLang();
  const unitUpper = person.unit.name.toLocaleUpperCase('vi-VN');

  return (
    <PrintSheet lang={lang} testId="returnee-sheet">
      <DocumentHeader
        issuer={[t('doc.returnee.issuer', { unit: unitUpper })]}
        motto={[t('doc.motto'), t('doc.mottoSub')]}
        placeDate={placeDateLine(person.unit.name, todayInVietnam())}
        testIdPrefix="returnee"
      />
      <DocumentTitle title={t('doc.returnee.title')} testId="returnee-print-title" />

      <IdentitySection n={1} person={person} shown={shown} />
      <CaseSection n={2} person={person} shown={shown} />
      <ConvictionsSection n={3} person={person} shown={shown} />
      <ReleaseSection n={4} person={person} shown={shown} />
      <HelpersSection n={5} person={person} shown={shown} />
      <EmploymentSection n={6} person={person} shown={shown} />
      <SupportSection n={7} person={person} shown={shown} />
      <ForecastSection n={8} person={person} shown={shown} />

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
