import { todayInVietnam } from '@hoanhap/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReintegrationStatsDocument } from '../../gql/graphql';
import { apiError, breakdown, officer, statsResult } from '../../test/fixtures';
import { LocationProbe, type RenderOptions, renderWithApp } from '../../test/render';
import DashboardPage from './dashboard-page';

// jsdom has no layout, so the chart would only draw nothing and complain; the numbers are what matter.
vi.mock('./stats-chart', () => ({ default: () => <div data-testid="stats-chart" /> }));
// The alerts below the numbers have their own tests (features/alerts).
vi.mock('../alerts/dashboard-alerts', () => ({ default: () => <div data-testid="dashboard-alerts" /> }));

const ARTICLE = statsResult('2020-01-01', '2024-04-25', breakdown(34, 7, 21, 6), breakdown(10, 2, 7, 1));

function renderDashboard(url: string, mocks: RenderOptions['mocks']) {
  return renderWithApp(
    <>
      <DashboardPage />
      <LocationProbe />
    </>,
    { mocks, url, path: '/dashboard', user: officer },
  );
}

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('DashboardPage', () => {
  it('sends the dates from the URL and shows the numbers it gets back', async () => {
    const sent: unknown[] = [];
    renderDashboard('/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', [
      {
        request: {
          query: ReintegrationStatsDocument,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: ARTICLE,
      },
    ]);

    await screen.findByTestId('returned-total');
    expect(sent).toEqual([{ returnedSince: '2020-01-01', asOf: '2024-04-25' }]);
    expect([text('returned-total'), text('returned-stable'), text('returned-unstable')]).toEqual(['34', '7', '21']);
    expect([text('returned-unemployed'), text('returned-other')]).toEqual(['6', '0']);
    expect([text('caseload-total'), text('caseload-stable'), text('caseload-unstable')]).toEqual(['10', '2', '7']);
    expect([text('caseload-unemployed'), text('caseload-other')]).toEqual(['1', '0']);
    expect(text('dashboard-scope')).toContain('Phường Lãm Hà');
    expect(text('dashboard-scope')).toContain('01/01/2020');
    expect(text('dashboard-scope')).toContain('25/04/2024');
    expect((screen.getByLabelText('Trở về từ ngày') as HTMLInputElement).value).toBe('01/01/2020');
    expect((screen.getByLabelText('Tính đến ngày') as HTMLInputElement).value).toBe('25/04/2024');
    expect(screen.queryByTestId('dashboard-empty')).toBeNull();
    expect(await screen.findByTestId('stats-chart')).toBeTruthy();
  });

  it('shows counts suppressed above the ward as "<3" and explains them', async () => {
    const caseload = {
      ...breakdown(10, 2, 7, 1),
      stable: null,
      unemployed: null,
      suppressed: ['STABLE', 'UNEMPLOYED'],
    };
    renderDashboard('/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', [
      {
        request: { query: ReintegrationStatsDocument, variables: () => true },
        result: statsResult(
          '2020-01-01',
          '2024-04-25',
          breakdown(34, 7, 21, 6),
          caseload as typeof ARTICLE.data.reintegrationStats.inCaseload,
        ),
      },
    ]);
    await screen.findByTestId('caseload-total');
    expect([text('caseload-total'), text('caseload-stable'), text('caseload-unemployed')]).toEqual(['10', '<3', '<3']);
    expect(text('suppressed-legend')).toContain('<3');
  });

  it('uses 01/01/2020 and today in Việt Nam when the URL has no dates', async () => {
    const today = todayInVietnam();
    renderDashboard('/dashboard', [
      {
        request: { query: ReintegrationStatsDocument, variables: { returnedSince: '2020-01-01', asOf: today } },
        result: statsResult('2020-01-01', today, breakdown(3, 1, 1, 1), breakdown(2, 1, 1, 0)),
      },
    ]);

    expect((await screen.findByTestId('returned-total')).textContent).toBe('3');
    expect(screen.queryByTestId('dates-fell-back')).toBeNull();
  });

  it('falls back to the defaults, with a notice, when a URL date is not a real date', async () => {
    renderDashboard('/dashboard?returnedSince=2023-02-29&asOf=2024-04-25', [
      {
        request: { query: ReintegrationStatsDocument, variables: { returnedSince: '2020-01-01', asOf: '2024-04-25' } },
        result: ARTICLE,
      },
    ]);

    expect((await screen.findByTestId('returned-total')).textContent).toBe('34');
    expect(screen.getByTestId('dates-fell-back').textContent).toContain('không hợp lệ');
  });

  it('shows a friendly message when nobody returned in the period', async () => {
    renderDashboard('/dashboard?returnedSince=2024-01-01&asOf=2024-01-31', [
      {
        request: { query: ReintegrationStatsDocument, variables: { returnedSince: '2024-01-01', asOf: '2024-01-31' } },
        result: statsResult('2024-01-01', '2024-01-31', breakdown(0, 0, 0, 0), breakdown(0, 0, 0, 0)),
      },
    ]);

    expect((await screen.findByTestId('dashboard-empty')).textContent).toContain(
      'Chưa có người chấp hành xong án phạt tù',
    );
    expect(text('returned-total')).toBe('0');
    expect(text('caseload-total')).toBe('0');
    expect(screen.queryByTestId('stats-chart')).toBeNull();
  });

  it('shows the error in Vietnamese and loads again on retry', async () => {
    const variables = { returnedSince: '2020-01-01', asOf: '2024-04-25' };
    renderDashboard('/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', [
      { request: { query: ReintegrationStatsDocument, variables }, result: apiError('INTERNAL_SERVER_ERROR') },
      { request: { query: ReintegrationStatsDocument, variables }, result: ARTICLE },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được số liệu thống kê.');
    expect(alert.textContent).toContain('Hệ thống đang gặp sự cố');
    expect(screen.queryByTestId('returned-total')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect((await screen.findByTestId('returned-total')).textContent).toBe('34');
  });

  it('sends the user to sign in when the session has expired', async () => {
    renderDashboard('/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', [
      {
        request: { query: ReintegrationStatsDocument, variables: { returnedSince: '2020-01-01', asOf: '2024-04-25' } },
        result: apiError('UNAUTHENTICATED'),
      },
    ]);

    await waitFor(() => expect(text('location')).toMatch(/^\/login\?next=/));
    const next = new URLSearchParams(text('location')?.split('?')[1]).get('next');
    expect(next).toBe('/dashboard?returnedSince=2020-01-01&asOf=2024-04-25');
  });

  it('writes a typed date into the URL and queries the new period', async () => {
    renderDashboard('/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', [
      {
        request: { query: ReintegrationStatsDocument, variables: { returnedSince: '2020-01-01', asOf: '2024-04-25' } },
        result: ARTICLE,
      },
      {
        request: { query: ReintegrationStatsDocument, variables: { returnedSince: '2021-06-01', asOf: '2024-04-25' } },
        result: statsResult('2021-06-01', '2024-04-25', breakdown(20, 5, 10, 5), breakdown(8, 2, 5, 1)),
      },
    ]);
    await screen.findByTestId('returned-total');

    fireEvent.change(screen.getByLabelText('Trở về từ ngày'), { target: { value: '01/06/2021' } });

    await waitFor(() => expect(text('location')).toBe('/dashboard?returnedSince=2021-06-01&asOf=2024-04-25'));
    await waitFor(() => expect(text('returned-total')).toBe('20'));
  });

  it('explains an inverted period instead of querying it', async () => {
    renderDashboard('/dashboard?returnedSince=2024-05-01&asOf=2024-04-25', []);

    expect((await screen.findByRole('alert')).textContent).toContain('phải trước hoặc trùng');
    expect(screen.queryByTestId('returned-total')).toBeNull();
  });
});
