import {
  ADDRESS_VERIFICATION_LABELS,
  CASE_STATUS_LABELS,
  CLASSIFICATION_GROUP_LABELS,
  EXPUNGEMENT_ROUTE_LABELS,
  MAIN_PENALTY_LABELS,
  OBLIGATION_KIND_LABELS,
  OFFENCE_SEVERITY_LABELS,
  RELEASE_TYPE_LABELS,
  SEX_LABELS,
  SUPPLEMENTARY_PENALTY_KIND_LABELS,
} from '@hoanhap/shared';
import { documentNumber } from './document-text';
import { type FileSectionProps, RecordSection, text, useFileText } from './person-file-parts';
import { date, Fields, Section, vi } from './returnee-sheet-parts';

/*
 * The whole file's sections about who the person is and what the courts and prisons recorded:
 * identity, the case, judgments with their penalties and obligations, release notices, releases,
 * receptions and classification history.
 */

/** Names, birth, identity number, addresses, family, the unit and where the case stands. */
export function IdentitySection({ n, file, shown }: FileSectionProps) {
  const { t, p, hidden } = useFileText();
  const r = file.returnee;
  const f = (key: string) => t(`doc.returnee.field.${key}` as 'doc.motto');
  return (
    <Section n={n} title={p('identity')}>
      <Fields
        rows={[
          [f('fullName'), <strong key="n">{r.fullName}</strong>],
          [f('otherNames'), r.otherNames.length > 0 ? r.otherNames.join(', ') : '—'],
          [f('dateOfBirth'), date(r.dateOfBirth)],
          [f('sex'), vi(SEX_LABELS, r.sex)],
          [f('citizenId'), shown ? text(r.citizenId) : hidden],
          [f('permanentAddress'), text(r.permanentAddress)],
          [f('currentAddress'), text(r.currentAddress)],
          [f('residentialGroup'), text(r.residentialGroup)],
          [
            f('family'),
            r.familyContacts.length === 0
              ? '—'
              : r.familyContacts.map((c) => `${c.name} (${c.relation})${c.phone ? `, ${c.phone}` : ''}`).join('; '),
          ],
          [p('unit'), r.unit.name],
          [f('returnedOn'), date(r.returnedOn)],
          [f('status'), vi(CASE_STATUS_LABELS, r.status)],
          [p('recordedOn'), date(r.createdAt.slice(0, 10))],
        ]}
      />
    </Section>
  );
}

/** Judgments, each with its supplementary penalties and obligations, and the expungement forecast. */
export function JudgmentsSection({ n, file, shown }: FileSectionProps) {
  const { p, hidden } = useFileText();
  const r = file.returnee;
  const forecast = r.expungementForecast;
  return (
    <>
      <RecordSection
        n={n}
        title={p('judgments')}
        testId="file-judgments"
        rows={r.convictions}
        empty={shown ? undefined : hidden}
        columns={[
          [p('col.judgment'), (c) => `${c.judgmentNumber}, ${date(c.judgmentDate)}, ${c.court}`],
          [p('col.article'), (c) => `Điều ${c.penalCodeArticle} (${vi(OFFENCE_SEVERITY_LABELS, c.severity)})`],
          [
            p('col.penalty'),
            (c) =>
              `${vi(MAIN_PENALTY_LABELS, c.mainPenalty)}${c.prisonMonths ? ` ${c.prisonMonths} tháng` : ''}; ${p('completedOn')} ${date(c.mainPenaltyCompletedOn)}`,
          ],
          [
            p('col.supplementary'),
            (c) =>
              c.supplementaryPenalties.length === 0
                ? '—'
                : c.supplementaryPenalties
                    .map(
                      (s) =>
                        `${vi(SUPPLEMENTARY_PENALTY_KIND_LABELS, s.kind)} (${date(s.startsOn)} – ${date(s.endsOn)})`,
                    )
                    .join('; '),
          ],
          [
            p('col.obligations'),
            (c) =>
              c.obligations.length === 0
                ? '—'
                : c.obligations
                    .map(
                      (o) =>
                        `${vi(OBLIGATION_KIND_LABELS, o.kind)} ${documentNumber(Number(o.amountVnd))} đ${o.settledOn ? `, ${p('settledOn')} ${date(o.settledOn)}` : ''}`,
                    )
                    .join('; '),
          ],
        ]}
      />
      {forecast && (
        <p>
          {p('forecast', {
            route: vi(EXPUNGEMENT_ROUTE_LABELS, forecast.route),
            date: date(forecast.eligibleOn),
          })}
        </p>
      )}
    </>
  );
}

/** The prison's notices before release and the address checks they asked for. */
export function ReleaseNoticesSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('releaseNotices')}
      testId="file-release-notices"
      rows={file.returnee.releaseNotices}
      columns={[
        [p('col.receivedOn'), (x) => date(x.receivedOn)],
        [p('col.prison'), (x) => x.prison],
        [p('col.expectedRelease'), (x) => date(x.expectedReleaseOn)],
        [p('col.statedAddress'), (x) => x.statedAddress],
        [
          p('col.verification'),
          (x) =>
            `${vi(ADDRESS_VERIFICATION_LABELS, x.verificationResult)} (${date(x.verifiedOn ?? x.verificationDueOn)})`,
        ],
      ]}
    />
  );
}

export function ReleasesSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('releases')}
      testId="file-releases"
      rows={file.returnee.releases}
      columns={[
        [p('col.type'), (x) => vi(RELEASE_TYPE_LABELS, x.type)],
        [p('col.releasedOn'), (x) => date(x.releasedOn)],
        [p('col.prison'), (x) => x.prison],
        [p('col.certificate'), (x) => text(x.certificateNumber)],
        [p('col.probationEnds'), (x) => date(x.probationEndsOn)],
      ]}
    />
  );
}

export function ReceptionsSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('receptions')}
      testId="file-receptions"
      rows={file.returnee.receptions}
      columns={[
        [p('col.receivedOn'), (x) => date(x.receivedOn)],
        [p('col.officer'), (x) => text(x.officer?.displayName)],
        [p('col.meetingRecord'), (x) => text(x.meetingRecordNumber)],
        [p('col.pledgeSigned'), (x) => (x.pledgeSigned ? p('yes') : p('no'))],
        [p('col.needs'), (x) => (x.needs.length > 0 ? x.needs.join('; ') : '—')],
      ]}
    />
  );
}

export function ClassificationsSection({ n, file }: FileSectionProps) {
  const { p } = useFileText();
  return (
    <RecordSection
      n={n}
      title={p('classifications')}
      testId="file-classifications"
      rows={file.returnee.classifications}
      columns={[
        [p('col.period'), (x) => `${date(x.periodStart)} – ${date(x.periodEnd)}`],
        [p('col.group'), (x) => vi(CLASSIFICATION_GROUP_LABELS, x.group)],
        [p('col.reasons'), (x) => (x.reasons.length > 0 ? x.reasons.join('; ') : '—')],
      ]}
    />
  );
}
