import {
  EMPLOYMENT_STATUS_LABELS,
  EXPUNGEMENT_BLOCKER_LABELS,
  EXPUNGEMENT_NOTE_LABELS,
  EXPUNGEMENT_ROUTE_LABELS,
  ExpungementRoute,
  HELPER_ROLE_LABELS,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TYPE_LABELS,
} from '@hoanhap/shared';
import { documentNumber } from './document-text';
import { printClasses as classes } from './print-sheet';
import { date, Fields, Section, type SheetSectionProps, useSheetText, vi } from './returnee-sheet-parts';

/** Who helps the person. */
export function HelpersSection({ n, person }: SheetSectionProps) {
  const { t } = useSheetText();
  return (
    <Section n={n} title={t('doc.returnee.helpers')}>
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
  );
}

/** The current job, if any. */
export function EmploymentSection({ n, person }: SheetSectionProps) {
  const { t, f } = useSheetText();
  const job = person.currentEmployment;
  return (
    <Section n={n} title={t('doc.returnee.employment')}>
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
  );
}

/** The support given and under way. */
export function SupportSection({ n, person }: SheetSectionProps) {
  const { t } = useSheetText();
  return (
    <Section n={n} title={t('doc.returnee.support')}>
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
  );
}

/** When the record may be expunged, only when sensitive fields are shown. */
export function ForecastSection({ n, person, shown }: SheetSectionProps) {
  const { t, f, hidden } = useSheetText();
  const forecast = person.expungementForecast;
  return (
    <Section n={n} title={t('doc.returnee.forecast')}>
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
  );
}
