import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AlertExpungementDocument,
  AlertNoContactDocument,
  AlertOnProbationDocument,
  AlertOverdueTasksDocument,
} from '../../gql/graphql';
import { loadOpsTexts } from '../../i18n/ops';
import { apiError } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
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
const expungement = (tasks: ReturnType<typeof task>[]) => ({
  request: { query: AlertExpungementDocument },
  result: { data: { unitTasks: tasks } },
});

// A busy machine runs the whole suite in parallel; the first answer may take more than a second.
const SLOW = { timeout: 5_000 };

// The texts come in a lazily loaded namespace; loading it first keeps the timing of the states clear.
beforeAll(() => loadOpsTexts('vi'));

describe('DashboardAlerts', () => {
  it('shows a loading state in each alert, then the counts with their links', async () => {
    renderWithApp(<DashboardAlerts />, {
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
      mocks: [overdue([]), noContact([]), probation(0), expungement([task('4', 'MANUAL', '2024-06-02')])],
    });

    expect((await screen.findByTestId('alert-overdue-empty', {}, SLOW)).textContent).toBe('Không có việc nào quá hạn.');
    expect(await screen.findByTestId('alert-no-contact-empty')).toBeTruthy();
    expect(await screen.findByTestId('alert-probation-empty')).toBeTruthy();
    expect(await screen.findByTestId('alert-expungement-empty')).toBeTruthy();
  });

  it('shows an error in the failing alert only', async () => {
    renderWithApp(<DashboardAlerts />, {
      mocks: [
        { request: { query: AlertOverdueTasksDocument }, result: apiError('FORBIDDEN') },
        noContact([]),
        probation(1),
        { request: { query: AlertExpungementDocument }, result: apiError('INTERNAL_SERVER_ERROR') },
      ],
    });

    expect((await screen.findByTestId('alert-overdue-error', {}, SLOW)).textContent).toContain(
      'Bạn không có quyền thực hiện thao tác này.',
    );
    expect((await screen.findByTestId('alert-expungement-error', {}, SLOW)).textContent).toContain(
      'Không tải được mục này.',
    );
    expect((await screen.findByTestId('alert-probation-count', {}, SLOW)).textContent).toContain('1 người');
    expect(await screen.findByTestId('alert-no-contact-empty', {}, SLOW)).toBeTruthy();
  });
});
