import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoginDocument } from '../../gql/graphql';
import { apiError, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import LoginPage from './login-page';

const credentials = { email: 'congan.lamha@hoanhap.local', password: 'hoanhap-demo-2024' };

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  it('shows the generic Vietnamese message, not the server text, on INVALID_CREDENTIALS', async () => {
    const mocks = [
      { request: { query: LoginDocument, variables: { input: credentials } }, result: apiError('INVALID_CREDENTIALS') },
    ];
    renderWithApp(<LoginPage />, { mocks, url: '/login', path: '/login' });

    fillAndSubmit(credentials.email, credentials.password);

    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toBe('Email hoặc mật khẩu không đúng');
    expect(screen.queryByText(/server says/)).toBeNull();
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('validates before calling the API', async () => {
    renderWithApp(<LoginPage />, { url: '/login', path: '/login' });

    fillAndSubmit('not-an-email', '');

    expect(await screen.findByText('Email không hợp lệ')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeTruthy();
    expect(screen.getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('login-error')).toBeNull();
  });

  it('goes back to the page the user wanted after signing in', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { input: credentials } },
        result: { data: { login: { __typename: 'LoginResult', user: officer } } },
      },
    ];
    const next = encodeURIComponent('/dashboard?returnedSince=2021-01-01');
    renderWithApp(<LoginPage />, { mocks, url: `/login?next=${next}`, path: '/login' });

    fillAndSubmit(`  ${credentials.email} `, credentials.password);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/dashboard?returnedSince=2021-01-01'));
  });

  it('ignores a `next` that leaves the site', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { input: credentials } },
        result: { data: { login: { __typename: 'LoginResult', user: officer } } },
      },
    ];
    renderWithApp(<LoginPage />, { mocks, url: '/login?next=//evil.example/x', path: '/login' });

    fillAndSubmit(credentials.email, credentials.password);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/dashboard'));
  });
});
