import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompleteTaskDocument, MyTasksDocument } from '../../gql/graphql';
import { apiError, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import TasksPage from './tasks-page';

const task = (id: string, title: string) => ({
  __typename: 'Task' as const,
  id,
  title,
  kind: 'MANUAL' as const,
  dueOn: '2024-04-20',
  completedAt: null,
  note: null,
  owner: { __typename: 'User' as const, id: officer.id, displayName: officer.displayName },
  returnee: { __typename: 'Returnee' as const, id: 'r-duc', fullName: 'Nguyễn Văn Đức' },
});
const TASKS = [task('t1', 'Xác minh nơi cư trú'), task('t2', 'Gặp gỡ định kỳ')];
const titles = () => screen.queryAllByTestId('task-item').map((item) => item.querySelector('p')?.textContent);

/** The tasks page for the officer, whose list holds TASKS, then what `mocks` answer. */
function renderTasks(mocks: MockLink.MockedResponse[]) {
  return renderWithApp(<TasksPage />, {
    url: '/tasks',
    path: '/tasks',
    user: officer,
    mocks: [{ request: { query: MyTasksDocument }, result: { data: { myTasks: TASKS } } }, ...mocks],
  });
}

describe('TasksPage', () => {
  it('takes a completed task off the list at once, before the API answers', async () => {
    // The mock records when it answers, so "before the API answers" is checked, not guessed from timings.
    let answered = false;
    renderTasks([
      {
        request: { query: CompleteTaskDocument, variables: { input: { taskId: 't1' } } },
        result: () => {
          answered = true;
          return { data: { completeTask: { ...TASKS[0], completedAt: '2024-04-25T02:00:00.000Z' } } };
        },
        delay: 3_000,
      },
    ]);
    await waitFor(() => expect(titles()).toEqual(['Xác minh nơi cư trú', 'Gặp gỡ định kỳ']));
    expect(screen.getAllByText('Quá hạn').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu hoàn thành: Xác minh nơi cư trú' }));

    await waitFor(() => expect(titles()).toEqual(['Gặp gỡ định kỳ']));
    expect(answered).toBe(false);
    await waitFor(() => expect(answered).toBe(true), { timeout: 10_000 });
    // Let the answer reach the cache and the screen, then check the task did not come back.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(titles()).toEqual(['Gặp gỡ định kỳ']);
  }, 20_000);

  it('puts the task back and explains when the API refuses', async () => {
    renderTasks([
      {
        request: { query: CompleteTaskDocument, variables: { input: { taskId: 't1' } } },
        result: apiError('INVALID_TRANSITION'),
      },
    ]);
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu hoàn thành: Xác minh nơi cư trú' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Không thể chuyển');
    expect(titles()).toEqual(['Xác minh nơi cư trú', 'Gặp gỡ định kỳ']);
  });
});
