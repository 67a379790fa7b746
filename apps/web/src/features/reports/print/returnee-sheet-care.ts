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
import { date, type SectionParts, type SheetWords, vi } from './returnee-sheet-words';

/** Who helps the person. */
export function helpersSection({ person, t }: SheetWords): SectionParts {
  const title = t('doc.returnee.helpers');
  if (person.helpers.length === 0) return { title, block: { kind: 'text', text: t('doc.returnee.noHelpers') } };
  const items = person.helpers.map((h) =>
    t('doc.returnee.helperLine', {
      name: h.helperName,
      role: vi(HELPER_ROLE_LABELS, h.role),
      organisation: h.organisation.name,
      date: date(h.startedOn),
    }),
  );
  return { title, block: { kind: 'list', items, testId: 'helpers' } };
}

/** The current job, if any. */
export function employmentSection({ person, t, f }: SheetWords): SectionParts {
  const title = t('doc.returnee.employment');
  const job = person.currentEmployment;
  if (!job) return { title, block: { kind: 'text', text: t('doc.returnee.noEmployment') } };
  return {
    title,
    block: {
      kind: 'fields',
      rows: [
        { label: f('employmentStatus'), value: vi(EMPLOYMENT_STATUS_LABELS, job.status) },
        { label: f('employer'), value: job.employerName ?? '—' },
        { label: f('since'), value: date(job.startedOn) },
      ],
    },
  };
}

const SUPPORT_COLUMNS = ['type', 'provider', 'period', 'status', 'amount'] as const;

/** The support given and under way. */
export function supportSection({ person, t }: SheetWords): SectionParts {
  const title = t('doc.returnee.support');
  if (person.supports.length === 0) return { title, block: { kind: 'text', text: t('doc.returnee.noSupport') } };
  return {
    title,
    block: {
      kind: 'table',
      testId: 'supports',
      head: SUPPORT_COLUMNS.map((col) => t(`doc.returnee.supportCol.${col}`)),
      numeric: [false, false, false, false, true],
      rows: person.supports.map((s) => [
        vi(SUPPORT_TYPE_LABELS, s.type),
        s.providerOrganisation?.name ?? s.providerName ?? '—',
        s.completedOn ? `${date(s.startedOn)} – ${date(s.completedOn)}` : date(s.startedOn),
        vi(SUPPORT_STATUS_LABELS, s.status),
        s.amountVnd ? documentNumber(Number(s.amountVnd)) : '—',
      ]),
    },
  };
}

/** When the record may be expunged, only when sensitive fields are shown. */
export function forecastSection({ person, shown, t, f, hidden }: SheetWords): SectionParts {
  const title = t('doc.returnee.forecast');
  const forecast = person.expungementForecast;
  if (!shown) return { title, block: { kind: 'text', text: hidden, hidden: true, testId: 'forecast-hidden' } };
  if (!forecast) return { title, block: { kind: 'text', text: t('doc.returnee.noForecast') } };
  return {
    title,
    block: {
      kind: 'fields',
      rows: [
        { label: f('route'), value: vi(EXPUNGEMENT_ROUTE_LABELS, forecast.route) },
        {
          label: f('waiting'),
          value:
            forecast.waitingMonths != null ? t('doc.returnee.waitingMonths', { months: forecast.waitingMonths }) : '—',
        },
        {
          // By court (Penal Code art. 71) the person may apply to the court, which decides.
          label: f(forecast.route === ExpungementRoute.COURT_DECISION ? 'eligibleOnCourt' : 'eligibleOn'),
          value: date(forecast.eligibleOn),
        },
        {
          label: f('blockers'),
          value: forecast.blockers.map((b) => vi(EXPUNGEMENT_BLOCKER_LABELS, b)).join('; ') || '—',
        },
        {
          label: f('explanation'),
          value: forecast.explanation.map((n) => vi(EXPUNGEMENT_NOTE_LABELS, n)).join(' ') || '—',
        },
      ],
    },
  };
}
