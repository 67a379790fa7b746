import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './login-redirect';

describe('safeNext', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/dashboard?asOf=2024-04-25')).toBe('/dashboard?asOf=2024-04-25');
  });

  it.each([null, '', 'dashboard', '//evil.example', '/\\evil.example', 'https://evil.example', '/login?next=/x'])(
    'sends %s to the dashboard',
    (next) => {
      expect(safeNext(next)).toBe('/dashboard');
    },
  );
});

describe('loginPath', () => {
  it('remembers the current path and query', () => {
    const path = loginPath({ pathname: '/dashboard', search: '?asOf=2024-04-25' }, 'expired');
    const params = new URLSearchParams(path.split('?')[1]);
    expect(params.get('next')).toBe('/dashboard?asOf=2024-04-25');
    expect(params.get('reason')).toBe('expired');
  });
});
