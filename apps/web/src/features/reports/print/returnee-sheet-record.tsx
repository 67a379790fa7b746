import { CASE_STATUS_LABELS, MAIN_PENALTY_LABELS, RELEASE_TYPE_LABELS, SEX_LABELS } from '@hoanhap/shared';
import { printClasses as classes } from './print-sheet';
import { date, Fields, Section, type SheetSectionProps, useSheetText, vi } from './returnee-sheet-parts';

/** Who the person is: names, birth, identity number (when shown), addresses, family. */
export function IdentitySection({ n, person, shown }: SheetSectionProps) {
  const { t, f, hidden } = useSheetText();
  return (
    <Section n={n} title={t('doc.returnee.identity')}>
      <Fields
        rows={[
          [f('fullName'), <strong key="n">{person.fullName}</strong>],
          [f('otherNames'), person.otherNames.length > 0 ? person.otherNames.join(', ') : '—'],
          [f('dateOfBirth'), date(person.dateOfBirth)],
          [f('sex'), vi(SEX_LABELS, person.sex)],
          [f('citizenId'), shown ? (person.citizenId ?? '—') : hidden],
          [f('permanentAddress'), person.permanentAddress ?? '—'],
          [f('currentAddress'), person.currentAddress ?? '—'],
          [f('residentialGroup'), person.residentialGroup ?? '—'],
          [
            f('family'),
            person.familyContacts.length === 0
              ? '—'
              : person.familyContacts
                  .map((p) =>
                    t(p.phone ? 'doc.returnee.familyLinePhone' : 'doc.returnee.familyLine', {
                      name: p.name,
                      relation: p.relation,
                      phone: p.phone,
                    }),
                  )
                  .join('; '),
          ],
        ]}
      />
    </Section>
  );
}

/** Where the case stands: return date, status, classification. */
export function CaseSection({ n, person }: SheetSectionProps) {
  const { t, f } = useSheetText();
  const c = person.currentClassification;
  return (
    <Section n={n} title={t('doc.returnee.case')}>
      <Fields
        rows={[
          [f('returnedOn'), date(person.returnedOn)],
          [f('status'), vi(CASE_STATUS_LABELS, person.status)],
          [
            f('classification'),
            !c
              ? '—'
              : c.periodEnd
                ? t('doc.returnee.classificationValue', {
                    group: c.group,
                    from: date(c.periodStart),
                    to: date(c.periodEnd),
                  })
                : t('doc.returnee.classificationOpen', { group: c.group, from: date(c.periodStart) }),
          ],
        ]}
      />
    </Section>
  );
}

/** The judgments, only when sensitive fields are shown. */
export function ConvictionsSection({ n, person, shown }: SheetSectionProps) {
  const { t, hidden } = useSheetText();
  return (
    <Section n={n} title={t('doc.returnee.convictions')}>
      {!shown ? (
        <p data-testid="convictions-hidden">{hidden}</p>
      ) : person.convictions.length === 0 ? (
        <p>{t('doc.returnee.noConvictions')}</p>
      ) : (
        <ul className={classes.list} data-testid="convictions">
          {person.convictions.map((cv) => (
            <li key={cv.id}>
              {t('doc.returnee.convictionLine', {
                number: cv.judgmentNumber,
                date: date(cv.judgmentDate),
                court: cv.court,
                article: cv.penalCodeArticle,
                penalty: vi(MAIN_PENALTY_LABELS, cv.mainPenalty),
              })}
              {cv.prisonMonths != null ? t('doc.returnee.prisonMonths', { months: cv.prisonMonths }) : ''}
              {cv.mainPenaltyCompletedOn
                ? t('doc.returnee.completedOn', { date: date(cv.mainPenaltyCompletedOn) })
                : ''}
              .
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** Release from prison and reception by the commune. */
export function ReleaseSection({ n, person }: SheetSectionProps) {
  const { t, f } = useSheetText();
  return (
    <Section n={n} title={t('doc.returnee.release')}>
      <Fields
        rows={[
          [
            f('release'),
            person.releases.length === 0
              ? t('doc.returnee.noRelease')
              : person.releases
                  .map(
                    (r) =>
                      t('doc.returnee.releaseLine', {
                        type: vi(RELEASE_TYPE_LABELS, r.type),
                        date: date(r.releasedOn),
                        prison: r.prison,
                      }) +
                      (r.certificateNumber ? t('doc.returnee.certificate', { number: r.certificateNumber }) : '') +
                      (r.probationEndsOn ? t('doc.returnee.probationEnds', { date: date(r.probationEndsOn) }) : ''),
                  )
                  .join('. '),
          ],
          [
            f('reception'),
            person.receptions.length === 0
              ? t('doc.returnee.noReception')
              : person.receptions
                  .map((r) =>
                    t('doc.returnee.receptionLine', {
                      date: date(r.receivedOn),
                      number: r.meetingRecordNumber ?? '……',
                      pledge: t(r.pledgeSigned ? 'doc.yes' : 'doc.no'),
                    }),
                  )
                  .join('. '),
          ],
          [f('needs'), person.receptions.flatMap((r) => r.needs).join('; ') || '—'],
        ]}
      />
    </Section>
  );
}
