import { addDays, formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AlertExpectedReleasesDocument,
  AlertNoContactDocument,
  AlertOnProbationDocument,
  AlertOpenUnitTasksDocument,
  AlertOverdueTasksDocument,
} from '../../gql/graphql';
import { loadAlertsTexts } from '../../i18n/alerts';
import { Role } from '@hoanhap/shared';
import { apiError, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { monthLabel, monthOf } from './alert-dates';
import DashboardAlerts from './dashboard-alerts';

const person = (id: string, fullName: string) => ({ __typename: 'Returnee', id, fullName }) as const;
const task = (id: string, kind: string, dueOn: string, returnee = person(`r-${id}`, `Người ${id}`)) => ({
  __typename: 'Task',
  id,
  kind,
  dueOn,
  title: `Việc ${id}`,
  returnee,
});

const overdue = (tasks: ReturnType<typeof task>[]) => ({
  request: { query: AlertOverdueTasksDocument },
  result: { data: { overdueTasks: tasks.map(({ id, kind, dueOn }) => ({ __typename: 'Task', id, kind, dueOn })) } },
});
const noContact = (entries: { id: string; name: string; days: number; last: string | null }[]) => ({
  request: { query: AlertNoContactDocument },
  result: {
    data: {
      noContactList: entries.map((e) => ({
        __typename: 'NoContactEntry',
        daysSince: e.days,
        lastContactOn: e.last,
        thresholdDays: 30,
        returnee: person(e.id, e.name),
      })),
    },
  },
});
const probation = (totalCount: number) => ({
  request: { query: AlertOnProbationDocument, variables: { first: 1 } },
  result: { data: { returnees: { __typename: 'ReturneeConnection', totalCount } } },
});
// One answer only: the expungement and parolee cards share it (a second request would find no mock).
const openTasks = (tasks: ReturnType<typeof task>[]) => ({
  request: { query: AlertOpenUnitTasksDocument },
  result: { data: { unitTasks: tasks } },
});
const expungement = openTasks;
const today = todayInVietnam();
const inDays = (n: number) => addDays(today, n);
const expectedReleasesRequest = { query: AlertExpectedReleasesDocument, variables: monthOf(today) };
const expectedReleases = (entries: { id: string; name: string; on: string }[]) => ({
  request: expectedReleasesRequest,
  result: {
    data: {
      expectedReleases: entries.map((e) => ({
        __typename: 'ReleaseNotice',
        id: `n-${e.id}`,
        expectedReleaseOn: e.on,
        returnee: person(e.id, e.name),
      })),
    },
  },
});

// A busy machine runs the whole suite in parallel; the first answer may take more than a second.
const SLOW = { timeout: 5_000 };

// The texts come in a lazily loaded namespace; loading it first keeps the timing of the states clear.
beforeAll(() => loadAlertsTexts('vi'));

describe('DashboardAlerts', () => {
  it('shows a loading state in each alert, then the counts with their links', async () => {
    renderWithApp(<DashboardAlerts />, {
      user: officer,
      mocks: [
        overdue([task('1', 'MANUAL', '2024-01-02'), task('2', 'NO_CONTACT', '2024-01-03')]),
        noContact([
          { id: 'r1', name: 'Trần Văn Bình', days: 45, last: '2024-03-01' },
          { id: 'r2', name: 'Lê Thị Hoa', days: 40, last: null },
        ]),
        probation(3),
        expungement([
          task('3', 'EXPUNGEMENT_ELIGIBILITY', '2024-06-01', person('r3', 'Phạm Văn Cường')),
          task('4', 'MANUAL', '2024-06-02'),
        ]),
        expectedReleases([]),
      ],
    });

    expect(await screen.findByTestId('alert-overdue-loading')).toBeTruthy();
    expect((await screen.findByTestId('alert-overdue-count', {}, SLOW)).textContent).toBe('2 việc đã quá hạn');
    expect(screen.getByRole('link', { name: 'Xem các việc quá hạn' }).getAttribute('href')).toBe('/tasks?view=overdue');

    expect((await screen.findByTestId('alert-no-contact-count')).textContent).toBe(
      '2 người chưa được gặp gỡ quá 30 ngày',
    );
    const noContactCard = screen.getByTestId('alert-no-contact');
    expect(noContactCard.textContent).toContain('Trần Văn Bình');
    expect(noContactCard.textContent).toContain('01/03/2024');
    expect(noContactCard.textContent).toContain('chưa gặp lần nào');

    expect((await screen.findByTestId('alert-probation-count')).textContent).toBe(
      '3 người đang trong thời gian thử thách',
    );
    // The status's official name: a parolee on probation, not a suspended sentence.
    expect(screen.getByTestId('alert-probation').textContent).toContain(
      'Người được tha tù trước thời hạn có điều kiện đang trong thời gian thử thách',
    );
    expect(screen.getByRole('link', { name: 'Xem danh sách' }).getAttribute('href')).toBe(
      '/returnees?status=ON_PROBATION',
    );

    // Only the expungement-eligibility tasks count.
    expect((await screen.findByTestId('alert-expungement-count')).textContent).toContain('1 người');
    const expungementCard = screen.getByTestId('alert-expungement');
    expect(expungementCard.textContent).toContain('Phạm Văn Cường');
    expect(expungementCard.textContent).toContain('01/06/2024');
    expect(expungementCard.textContent).not.toContain('Người 4');
  });

  it('says so when there is nothing to attend to', async () => {
    renderWithApp(<DashboardAlerts />, {
      user: officer,
      mocks: [
        overdue([]),
        noContact([]),
        probation(0),
        expungement([task('4', 'MANUAL', '2024-06-02'), task('5', 'PAROLE_ASSESSMENT', inDays(8))]),
        expectedReleases([]),
      ],
    });

    expect((await screen.findByTestId('alert-overdue-empty', {}, SLOW)).textContent).toBe('Không có việc nào quá hạn.');
    expect(await screen.findByTestId('alert-no-contact-empty')).toBeTruthy();
    expect(await screen.findByTestId('alert-probation-empty')).toBeTruthy();
    expect(await screen.findByTestId('alert-expungement-empty')).toBeTruthy();
    expect((await screen.findByTestId('alert-expected-releases-empty')).textContent).toBe(
      'Không có ai dự kiến ra trại trong tháng này.',
    );
    // An assessment due in 8 days is not yet one to attend to.
    expect((await screen.findByTestId('alert-parole-assessment-empty')).textContent).toBe(
      'Không có lượt đánh giá nào đến hạn trong 7 ngày tới.',
    );
  });

  it('shows an error in the failing alert only', async () => {
    renderWithApp(<DashboardAlerts />, {
      user: officer,
      mocks: [
        { request: { query: AlertOverdueTasksDocument }, result: apiError('FORBIDDEN') },
        noContact([]),
        probation(1),
        { request: { query: AlertOpenUnitTasksDocument }, result: apiError('INTERNAL_SERVER_ERROR') },
        expectedReleases([]),
      ],
    });

    expect((await screen.findByTestId('alert-overdue-error', {}, SLOW)).textContent).toContain(
      'Bạn không có quyền thực hiện thao tác này.',
    );
    expect((await screen.findByTestId('alert-expungement-error', {}, SLOW)).textContent).toContain(
      'Không tải được mục này.',
    );
    // The parolee card reads the same answer, so it fails with it.
    expect((await screen.findByTestId('alert-parole-assessment-error', {}, SLOW)).textContent).toContain(
      'Không tải được mục này.',
    );
    expect((await screen.findByTestId('alert-probation-count', {}, SLOW)).textContent).toContain('1 người');
    expect(await screen.findByTestId('alert-no-contact-empty', {}, SLOW)).toBeTruthy();
    expect(await screen.findByTestId('alert-expected-releases-empty', {}, SLOW)).toBeTruthy();
  });
});

describe('expected releases this month', () => {
  const quiet = [overdue([]), noContact([]), probation(0), openTasks([])];

  it('asks for this month and lists each person with a link to their release tab', async () => {
    const { from } = monthOf(today);
    renderWithApp(<DashboardAlerts />, {
      user: officer,
      mocks: [
        ...quiet,
        expectedReleases([
          { id: 'r7', name: 'Lương Văn Tiến', on: from },
          { id: 'r8', name: 'Đỗ Thị Mai', on: monthOf(today).to },
        ]),
      ],
    });

    expect(await screen.findByTestId('alert-expected-releases-loading')).toBeTruthy();
    expect((await screen.findByTestId('alert-expected-releases-count', {}, SLOW)).textContent).toBe(
      `2 người dự kiến ra trại trong tháng ${monthLabel(today)}`,
    );
    const card = within(screen.getByTestId('alert-expected-releases'));
    expect(card.getByRole('link', { name: 'Lương Văn Tiến' }).getAttribute('href')).toBe('/returnees/r7?tab=release');
    expect(card.getByRole('link', { name: 'Đỗ Thị Mai' }).getAttribute('href')).toBe('/returnees/r8?tab=release');
    const [y, m] = [from.slice(0, 4), from.slice(5, 7)];
    expect(screen.getByTestId('alert-expected-releases').textContent).toContain(`dự kiến 01/${m}/${y}`);
  });

  it('shows its own error and leaves the other cards be', async () => {
    renderWithApp(<DashboardAlerts />, {
      user: officer,
      mocks: [...quiet, { request: expectedReleasesRequest, result: apiError('FORBIDDEN') }],
    });

    expect((await screen.findByTestId('alert-expected-releases-error', {}, SLOW)).textContent).toContain(
      'Bạn không có quyền thực hiện thao tác này.',
    );
    expect(await screen.findByTestId('alert-overdue-empty')).toBeTruthy();
    expect(await screen.findByTestId('alert-parole-assessment-empty')).toBeTruthy();
  });
});

describe('parolee assessments', () => {
  it('lists assessments overdue or due within 7 days, from the shared task list, each linking to the file', async () => {
    renderWithApp(<DashboardAlerts />, {
      user: officer,
      mocks: [
        overdue([]),
        noContact([]),
        probation(2),
        expectedReleases([]),
        openTasks([
          task('p1', 'PAROLE_ASSESSMENT', inDays(-3), person('r10', 'Hoàng Văn Nam')),
          task('p2', 'PAROLE_ASSESSMENT', inDays(7), person('r11', 'Bùi Thị Lan')),
          task('p3', 'PAROLE_ASSESSMENT', inDays(8), person('r12', 'Ngô Văn Sơn')),
          task('e1', 'EXPUNGEMENT_ELIGIBILITY', inDays(1), person('r13', 'Phạm Văn Cường')),
        ]),
      ],
    });

    expect(await screen.findByTestId('alert-parole-assessment-loading')).toBeTruthy();
    expect((await screen.findByTestId('alert-parole-assessment-count', {}, SLOW)).textContent).toBe(
      '2 lượt đánh giá đến hạn trong 7 ngày tới hoặc đã quá hạn',
    );
    const card = screen.getByTestId('alert-parole-assessment');
    const links = within(card).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Hoàng Văn Nam', '/returnees/r10?tab=tasks'],
      ['Bùi Thị Lan', '/returnees/r11?tab=tasks'],
    ]);
    expect(card.textContent).toContain(`hạn ${formatDateVi(inDays(-3))}, đã quá hạn`);
    expect(card.textContent).toContain(`hạn ${formatDateVi(inDays(7))})`);
    // The rule's source: Circular 65/2019/TT-BCA, not Circular 10/2024.
    expect(within(card).getByTestId('alert-parole-assessment-rule').textContent).toBe(
      'Nhận xét hằng tháng, trong 5 ngày đầu của tháng (Thông tư 65/2019/TT-BCA).',
    );
    // The expungement card counts its own kind from the same answer.
    expect((await screen.findByTestId('alert-expungement-count')).textContent).toContain('1 người');
    expect(screen.getByTestId('alert-expungement').textContent).not.toContain('Hoàng Văn Nam');
  });

  it('shows a department viewer only the case alerts the API gives them, and an auditor none', async () => {
    const viewer = { ...officer, role: Role.VIEWER };
    const { unmount } = renderWithApp(<DashboardAlerts />, { user: viewer, mocks: [probation(0)] });
    expect(await screen.findByTestId('dashboard-alerts')).toBeTruthy();
    expect(screen.queryByText('Việc quá hạn')).toBeNull();
    expect(screen.queryByText('Lâu chưa gặp gỡ')).toBeNull();
    expect(screen.queryByText('Sắp đủ điều kiện xóa án tích')).toBeNull();
    unmount();

    renderWithApp(<DashboardAlerts />, { user: { ...officer, role: Role.AUDITOR } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('dashboard-alerts')).toBeNull();
  });
});
