import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import NotificationsPage from './notifications-page';

const node = (id: string, kind: 'TASK_ASSIGNED' | 'RELEASE_NOTICE', readAt: string | null) => ({
  __typename: 'Notification' as const,
  id,
  kind,
  count: 1,
  text: 'ignored: the client words it from kind and count',
  link: kind === 'RELEASE_NOTICE' ? '/alerts' : '/tasks',
  createdAt: '2026-12-07T01:30:00.000Z',
  readAt,
});
const page = (unread: number, nodes: ReturnType<typeof node>[]) => ({
  data: {
    unreadNotificationCount: unread,
    notifications: {
      __typename: 'NotificationConnection' as const,
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      edges: nodes.map((n) => ({ __typename: 'NotificationEdge' as const, node: n })),
    },
  },
});

describe('NotificationsPage', () => {
  it('lists notifications in words without names, and marks one read', async () => {
    renderWithApp(<NotificationsPage />, {
      url: '/notifications',
      path: '/notifications',
      user: officer,
      mocks: [
        {
          request: { query: NotificationsDocument, variables: { first: 20 } },
          result: page(1, [
            node('n1', 'TASK_ASSIGNED', null),
            node('n2', 'RELEASE_NOTICE', '2026-12-07T02:00:00.000Z'),
          ]),
        },
        {
          request: { query: MarkNotificationsReadDocument, variables: { input: { ids: ['n1'] } } },
          result: { data: { markNotificationsRead: 1 } },
        },
        // The list is not asked again (the item is marked in the cache); the bell's count is.
        { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } } },
      ],
    });
    expect(await screen.findByText('Bạn được giao 1 việc mới trên Hòa Nhập')).toBeDefined();
    expect(screen.getByText('Đơn vị có 1 thông báo ra trại mới trên Hòa Nhập')).toBeDefined();
    expect(screen.getAllByText('07/12/2026 08:30')).toHaveLength(2);
    expect(screen.getAllByText('Chưa đọc')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc' }));
    await waitFor(() => expect(screen.queryAllByText('Chưa đọc')).toHaveLength(0));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toHaveProperty('disabled', true),
    );
  });

  it('opens an unread notification’s page and marks it read on the way', async () => {
    let marked = false;
    renderWithApp(<NotificationsPage />, {
      url: '/notifications',
      path: '/notifications',
      user: officer,
      mocks: [
        {
          request: { query: NotificationsDocument, variables: { first: 20 } },
          result: page(1, [node('n1', 'TASK_ASSIGNED', null)]),
        },
        {
          request: { query: MarkNotificationsReadDocument, variables: { input: { ids: ['n1'] } } },
          result: () => {
            marked = true;
            return { data: { markNotificationsRead: 1 } };
          },
        },
        { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } } },
      ],
    });
    fireEvent.click(await screen.findByRole('link', { name: 'Xem' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/tasks'));
    await waitFor(() => expect(marked).toBe(true));
  });

  it('keeps the older page on screen when all are marked read after “Xem thêm”', async () => {
    const more = (after: string | null, nodes: ReturnType<typeof node>[], next: string | null) => ({
      data: {
        unreadNotificationCount: 2,
        notifications: {
          __typename: 'NotificationConnection' as const,
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: next !== null, endCursor: next ?? after },
          edges: nodes.map((n) => ({ __typename: 'NotificationEdge' as const, node: n })),
        },
      },
    });
    renderWithApp(<NotificationsPage />, {
      url: '/notifications',
      path: '/notifications',
      user: officer,
      mocks: [
        {
          request: { query: NotificationsDocument, variables: { first: 20 } },
          result: more(null, [node('n1', 'TASK_ASSIGNED', null)], 'c1'),
        },
        {
          request: { query: NotificationsDocument, variables: { first: 20, after: 'c1' } },
          result: more('c1', [node('n2', 'RELEASE_NOTICE', null)], null),
        },
        {
          request: { query: MarkNotificationsReadDocument, variables: { input: { all: true } } },
          result: { data: { markNotificationsRead: 2 } },
        },
        { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } } },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('Đơn vị có 1 thông báo ra trại mới trên Hòa Nhập')).toBeDefined();
    expect(screen.getAllByText('Chưa đọc')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    await waitFor(() => expect(screen.queryAllByText('Chưa đọc')).toHaveLength(0));
    expect(screen.getAllByTestId('notification-item')).toHaveLength(2);
  });
});
