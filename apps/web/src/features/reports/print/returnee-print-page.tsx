import { useQuery } from '@apollo/client/react';
import {
  CASE_STATUS_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  EXPUNGEMENT_BLOCKER_LABELS,
  EXPUNGEMENT_NOTE_LABELS,
  EXPUNGEMENT_ROUTE_LABELS,
  ExpungementRoute,
  formatDateVi,
  HELPER_ROLE_LABELS,
  type Label,
  MAIN_PENALTY_LABELS,
  RELEASE_TYPE_LABELS,
  SEX_LABELS,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TYPE_LABELS,
  todayInVietnam,
} from '@hoanhap/shared';
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ReturneePrintDocument, type ReturneePrintQuery } from '../../../gql/graphql';
import { PrintTexts } from '../../../i18n/print';
import { useLang } from '../../../i18n/use-lang';
import type printTexts from '../../../locales/print/vi.json';
import { useCurrentUser } from '../../auth/current-user';
import { documentNumber, placeDateLine, romanNumeral } from './document-text';
import { PrintFrame } from './print-frame';
import { DocumentHeader, DocumentTitle, PrintSheet, printClasses as classes, SignatureBlock } from './print-sheet';
import { sensitiveShown } from './sensitive-fields';

type Person = NonNullable<ReturneePrintQuery['returnee']>;
type FieldKey = keyof typeof printTexts.doc.returnee.field;

/** The Vietnamese label of an API enum value: the sheet is an official paper. */
const vi = (labels: Readonly<Record<string, Label>>, value: string | null | undefined) =>
  value == null ? '—' : (labels[value]?.vi ?? value);
const date = (iso: string | null | undefined) => (iso ? formatDateVi(iso) : '—');

function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className={classes.section}>
      <p className={classes.sectionHeading}>
        {romanNumeral(n)}. {title}
      </p>
      {children}
    </section>
  );
}

function Fields({ rows }: { rows: Array<[string, ReactNode]> }) {
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

/** The sheet's text. Official wording: Vietnamese in both UI languages (see i18n/print.tsx). */
function InformationSheet({ person, shown }: { person: Person; shown: boolean }) {
  const { t } = useTranslation('print');
  const lang = useLang();
  const f = (key: FieldKey) => t(`doc.returnee.field.${key}`);
  const hidden = <span className={classes.muted}>{t('doc.hidden')}</span>;
  const unitUpper = person.unit.name.toLocaleUpperCase('vi-VN');
  const c = person.currentClassification;
  const job = person.currentEmployment;
  const forecast = person.expungementForecast;

  return (
    <PrintSheet lang={lang} testId="returnee-sheet">
      <DocumentHeader
        issuer={[t('doc.returnee.issuer', { unit: unitUpper })]}
        motto={[t('doc.motto'), t('doc.mottoSub')]}
        placeDate={placeDateLine(person.unit.name, todayInVietnam())}
        testIdPrefix="returnee"
      />
      <DocumentTitle title={t('doc.returnee.title')} testId="returnee-print-title" />

      <Section n={1} title={t('doc.returnee.identity')}>
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

      <Section n={2} title={t('doc.returnee.case')}>
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

      <Section n={3} title={t('doc.returnee.convictions')}>
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

      <Section n={4} title={t('doc.returnee.release')}>
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

      <Section n={5} title={t('doc.returnee.helpers')}>
        {person.helpers.length === 0 ? (
          <p>{t('doc.returnee.noHelpers')}</p>
        ) : (
          <ul className={classes.list} data-testid="helpers">
            {person.helpers.map((h) => (
              <li key={h.id}>
                {t('doc.returnee.helperLine', {
                  name: h.helperName,
                  role: vi(HELPER_ROLE_LABELS, h.role),
                  organisation: h.organisation.name,
                  date: date(h.startedOn),
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section n={6} title={t('doc.returnee.employment')}>
        {job ? (
          <Fields
            rows={[
              [f('employmentStatus'), vi(EMPLOYMENT_STATUS_LABELS, job.status)],
              [f('employer'), job.employerName ?? '—'],
              [f('since'), date(job.startedOn)],
            ]}
          />
        ) : (
          <p>{t('doc.returnee.noEmployment')}</p>
        )}
      </Section>

      <Section n={7} title={t('doc.returnee.support')}>
        {person.supports.length === 0 ? (
          <p>{t('doc.returnee.noSupport')}</p>
        ) : (
          <table className={classes.table} data-testid="supports">
            <thead>
              <tr>
                {(['type', 'provider', 'period', 'status', 'amount'] as const).map((col) => (
                  <th scope="col" key={col}>
                    {t(`doc.returnee.supportCol.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {person.supports.map((s) => (
                <tr key={s.id}>
                  <td>{vi(SUPPORT_TYPE_LABELS, s.type)}</td>
                  <td>{s.providerOrganisation?.name ?? s.providerName ?? '—'}</td>
                  <td>{s.completedOn ? `${date(s.startedOn)} – ${date(s.completedOn)}` : date(s.startedOn)}</td>
                  <td>{vi(SUPPORT_STATUS_LABELS, s.status)}</td>
                  <td className={classes.num}>{s.amountVnd ? documentNumber(Number(s.amountVnd)) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section n={8} title={t('doc.returnee.forecast')}>
        {!shown ? (
          <p data-testid="forecast-hidden">{hidden}</p>
        ) : !forecast ? (
          <p>{t('doc.returnee.noForecast')}</p>
        ) : (
          <Fields
            rows={[
              [f('route'), vi(EXPUNGEMENT_ROUTE_LABELS, forecast.route)],
              [
                f('waiting'),
                forecast.waitingMonths != null
                  ? t('doc.returnee.waitingMonths', { months: forecast.waitingMonths })
                  : '—',
              ],
              [
                // By court (Penal Code art. 71) the person may apply to the court, which decides.
                f(forecast.route === ExpungementRoute.COURT_DECISION ? 'eligibleOnCourt' : 'eligibleOn'),
                date(forecast.eligibleOn),
              ],
              [f('blockers'), forecast.blockers.map((b) => vi(EXPUNGEMENT_BLOCKER_LABELS, b)).join('; ') || '—'],
              [f('explanation'), forecast.explanation.map((n) => vi(EXPUNGEMENT_NOTE_LABELS, n)).join(' ') || '—'],
            ]}
          />
        )}
      </Section>

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

function ReturneePrint() {
  const { t } = useTranslation('print');
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(ReturneePrintDocument, { variables: { id } });
  const person = data?.returnee;
  const shown = person ? sensitiveShown(user.role, person) : false;
  return (
    <PrintFrame
      pageTitle={person?.fullName ?? t('chrome.returnee.pageTitle')}
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!person}
      notFoundText={t('chrome.returnee.notFound')}
      loadFailed={t('chrome.returnee.loadFailed')}
      onRetry={() => refetch()}
      closeTo={`/returnees/${encodeURIComponent(id)}`}
    >
      {() =>
        person && (
          <>
            {!shown && (
              <div className={classes.toolbar}>
                <Alert color="yellow" variant="light" w="100%">
                  {t('chrome.returnee.hiddenNote')}
                </Alert>
              </div>
            )}
            <InformationSheet person={person} shown={shown} />
          </>
        )
      }
    </PrintFrame>
  );
}

/** `/print/returnees/:id`: a person's information sheet, with sensitive fields only as the API gives them. */
export default function ReturneePrintPage() {
  return (
    <PrintTexts fallback={<PageLoader fullPage />}>
      <ReturneePrint />
    </PrintTexts>
  );
}
