import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnreadNotificationCountDocument } from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { NotificationBell } from './notification-bell';

const count = (n: number) => ({
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: n } },
});

describe('NotificationBell', () => {
  it('shows how many notifications are unread and opens the list', async () => {
    renderWithApp(<NotificationBell />, { user: officer, mocks: [count(3)] });
    const bell = await screen.findByRole('link', { name: 'Thông báo: 3 chưa đọc' });
    expect(screen.getByText('3')).toBeDefined();
    fireEvent.click(bell);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/notifications'));
  });

  it('shows no badge when everything is read, and asks again when the window gets focus', async () => {
    renderWithApp(<NotificationBell />, { user: officer, mocks: [count(0), count(120)] });
    await screen.findByRole('link', { name: 'Thông báo' });
    // Let the first answer arrive: the badge says nothing while it is loading either.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText('0')).toBeNull();
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await screen.findByRole('link', { name: 'Thông báo: 120 chưa đọc' });
    expect(screen.getByText('99+')).toBeDefined();
  });
});
