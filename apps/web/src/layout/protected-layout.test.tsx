import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogoutDocument, MeDocument } from '../gql/graphql';
import { LANGUAGE_STORAGE_KEY } from '../i18n/language';
import { apiError, officer } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import ProtectedLayout from './protected-layout';

const signedIn = { request: { query: MeDocument }, result: { data: { me: officer } } };
const url = '/dashboard?returnedSince=2020-01-01&asOf=2024-04-25';

describe('ProtectedLayout', () => {
  it('sends an anonymous visitor to the login page, remembering where they were going', async () => {
    renderWithApp(<ProtectedLayout />, {
      mocks: [{ request: { query: MeDocument }, result: apiError('UNAUTHENTICATED') }],
      url,
      path: '/dashboard',
    });

    await waitFor(() => expect(screen.getByTestId('location').textContent).toMatch(/^\/login\?/));
    const search = screen.getByTestId('location').textContent?.split('?')[1];
    expect(new URLSearchParams(search).get('next')).toBe(url);
  });

  it("shows the user's name, role and unit, in the language they pick", async () => {
    renderWithApp(<ProtectedLayout />, { mocks: [signedIn], url, path: '/dashboard' });

    // Header and navigation both carry the account controls; CSS shows one set per screen width.
    const header = within(await screen.findByRole('banner'));
    const summary = await header.findByTestId('user-summary');
    expect(summary.textContent).toContain('Nguyễn Văn An');
    expect(summary.textContent).toContain('Cán bộ công an phụ trách');
    expect(summary.textContent).toContain('Phường Lãm Hà');

    fireEvent.click(header.getByRole('radio', { name: 'English' }));

    await waitFor(() => expect(summary.textContent).toContain('Police officer in charge'));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(header.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('signs out, forgets the user and goes to the login page', async () => {
    renderWithApp(<ProtectedLayout />, {
      mocks: [signedIn, { request: { query: LogoutDocument }, result: { data: { logout: true } } }],
      url,
      path: '/dashboard',
    });
    const header = within(await screen.findByRole('banner'));
    await header.findByTestId('user-summary');

    fireEvent.click(header.getByRole('button', { name: 'Đăng xuất' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/login'));
  });
});
