import { formatDateVi } from '@hoanhap/shared';
import type { TFunction } from 'i18next';
import type { ReintegrationStatsQuery } from '../../gql/graphql';
import { anySuppressed, type ShownBreakdown, showCount } from '../dashboard/breakdown';
import type { DocumentEnd, DocumentFrame } from './docx/official-document';
import { addressedUpward, REPORT_COLUMNS } from './report-figures';
import { dateParts, placeName, startsOnNewYear } from './report-text';

type Stats = ReintegrationStatsQuery['reintegrationStats'];

export interface ReportRow {
  id: 'returned' | 'caseload';
  label: string;
  /** The counts as written, in the order of REPORT_COLUMNS ("<3" where suppressed). */
  cells: string[];
}

/** Everything the statistics report says, once, for the print page and for the Word file alike. */
export interface StatisticsReportContent {
  frame: DocumentFrame;
  returnedSentence: string;
  caseloadSentence: string;
  tableCaption: string;
  /** "TT", "Nội dung", then the columns of REPORT_COLUMNS. */
  head: string[];
  rows: ReportRow[];
  asOfNote: string;
  /** Explains "<3", when a count is suppressed. */
  suppressedLegend: string | null;
  end: DocumentEnd;
}

/**
 * The report's words from the figures. `upward`: the paper goes to a unit above the ward, so counts
 * of 1–2 read "<3" as the API shows them to such readers (docs/security.md).
 */
export function statisticsReportContent(
  stats: Stats,
  upward: boolean,
  t: TFunction<'reports'>,
  lang: string,
): StatisticsReportContent {
  const unit = stats.unit.name;
  const { day, month, year } = dateParts(stats.asOf);
  const since = startsOnNewYear(stats.returnedSince)
    ? t('report.sinceYear', { year: dateParts(stats.returnedSince).year })
    : t('report.sinceDate', { date: formatDateVi(stats.returnedSince) });
  const shown = (b: ShownBreakdown) => (upward ? addressedUpward(b) : b);
  const r = shown(stats.returned);
  const c = shown(stats.inCaseload);
  const n = (value: number | null) => showCount(value);
  const other = (b: ShownBreakdown) => (b.other !== 0 ? t('report.otherClause', { other: n(b.other) }) : '');
  const cells = (b: ShownBreakdown) => REPORT_COLUMNS.map((col) => n(b[col]));

  return {
    frame: {
      issuer: [t('report.issuer', { unit: unit.toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-GB') })],
      number: t('report.number'),
      motto: [t('report.motto'), t('report.mottoSub')],
      placeDate: t('report.placeDate', { place: placeName(unit), day, month, year }),
      title: t('report.title'),
      subject: t('report.subject'),
    },
    returnedSentence: `${t('report.returnedSentence', { since, total: n(r.total) })} ${t('report.breakdownSentence', {
      stable: n(r.stable),
      unstable: n(r.unstable),
      unemployed: n(r.unemployed),
    })}${other(r)}.`,
    caseloadSentence: `${t('report.caseloadSentence', { total: n(c.total) })}${
      c.total !== 0
        ? t('report.caseloadBreakdown', { stable: n(c.stable), unstable: n(c.unstable), unemployed: n(c.unemployed) })
        : ''
    }${other(c)}.`,
    tableCaption: t('report.tableCaption'),
    head: [t('report.col.index'), t('report.col.group'), ...REPORT_COLUMNS.map((col) => t(`report.col.${col}`))],
    rows: [
      {
        id: 'returned',
        label: t('report.rowReturned', { date: formatDateVi(stats.returnedSince) }),
        cells: cells(r),
      },
      { id: 'caseload', label: t('report.rowCaseload'), cells: cells(c) },
    ],
    asOfNote: t('report.asOfNote', { date: formatDateVi(stats.asOf) }),
    suppressedLegend: anySuppressed(r, c) ? t('report.suppressedLegend') : null,
    end: {
      recipients: { label: t('report.recipients'), lines: t('report.recipientList') },
      signers: [{ lines: [t('report.signerRole')], hint: t('report.signHint') }],
    },
  };
}
