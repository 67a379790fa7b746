import { ReportPeriodKind } from '@hoanhap/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReintegrationStatsDocument, ReportComparisonDocument, ReportSubmissionsDocument } from '../../gql/graphql';
import { loadReportsTexts } from '../../i18n/reports';
import { breakdown, lamHa, officer, statsResult } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import StatisticsPrintPage from './statistics-print-page';

beforeAll(() => loadReportsTexts('vi'));

const ARTICLE = statsResult('2020-01-01', '2024-04-25', breakdown(34, 7, 21, 6), breakdown(10, 2, 7, 1));
const figures = (returnedTotal: number) => ({
  __typename: 'ReportFigures' as const,
  returnedSince: '2020-01-01',
  asOf: '2024-04-25',
  returned: breakdown(returnedTotal, 7, 21, returnedTotal - 28),
  inCaseload: breakdown(10, 2, 7, 1),
});
const SUBMISSION = {
  __typename: 'ReportSubmission' as const,
  id: 's1',
  periodKind: ReportPeriodKind.CUSTOM,
  periodStart: '2020-01-01',
  periodEnd: '2024-04-25',
  revision: 1,
  signerName: 'Nguyễn Văn An',
  signerTitle: 'Chủ tịch UBND phường',
  submittedAt: '2024-04-26T02:00:00.000Z',
  submittedBy: 'Cán bộ Công an phường Lãm Hà',
  figures: figures(34),
  unit: { __typename: 'AdministrativeUnit' as const, id: lamHa.id, code: lamHa.code },
};

function renderReport() {
  return renderWithApp(<StatisticsPrintPage />, {
    url: '/reports/statistics/print?returnedSince=2020-01-01&asOf=2024-04-25',
    path: '/reports/statistics/print',
    user: officer,
    mocks: [
      { request: { query: ReintegrationStatsDocument, variables: () => true }, result: ARTICLE },
      {
        request: { query: ReportSubmissionsDocument, variables: () => true },
        result: { data: { reportSubmissions: [SUBMISSION] } },
      },
      {
        request: { query: ReportComparisonDocument, variables: { id: 's1' } },
        result: {
          data: {
            reportSubmission: {
              __typename: 'ReportSubmission',
              id: 's1',
              figures: figures(34),
              asOfToday: figures(35),
              differences: [
                { __typename: 'FigureDifference', row: 'RETURNED', part: 'TOTAL' },
                { __typename: 'FigureDifference', row: 'RETURNED', part: 'UNEMPLOYED' },
              ],
            },
          },
        },
      },
    ],
  });
}

describe('StatisticsPrintPage', () => {
  it('prints exact counts for the ward, and "<3" with a note when addressed upward', async () => {
    renderReport();
    expect((await screen.findByTestId('report-caseload-stable')).textContent).toBe('2');
    expect(screen.queryByTestId('report-suppressed-legend')).toBeNull();
    fireEvent.click(screen.getByTestId('addressed-upward'));
    expect(screen.getByTestId('report-caseload-stable').textContent).toBe('<3');
    expect(screen.getByTestId('report-caseload-unemployed').textContent).toBe('<3');
    expect(screen.getByTestId('report-caseload-unstable').textContent).toBe('7');
    expect(screen.getByTestId('report-suppressed-legend').textContent).toContain('<3');
  });

  it('lists the submitted revisions and shows one as submitted beside as of today, changes marked', async () => {
    renderReport();
    const compare = await screen.findByRole('button', { name: 'So sánh' });
    fireEvent.click(compare);
    await waitFor(() => expect(screen.getByTestId('compare-RETURNED-today-total').textContent).toBe('35'));
    expect(screen.getByTestId('compare-RETURNED-submitted-total').textContent).toBe('34');
    expect(screen.getByTestId('compare-RETURNED-today-total').dataset.differs).toBe('true');
    expect(screen.getByTestId('compare-IN_CASELOAD-today-total').dataset.differs).toBeUndefined();
    expect(screen.getByTestId('submit-report')).toBeTruthy();
  });
});
