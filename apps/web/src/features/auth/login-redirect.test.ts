import { describe, expect, it } from 'vitest';
import { loginPath, phoneDestination, safeNext } from './login-redirect';

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

describe('phoneDestination', () => {
  it('sends a helper signing in on a phone-sized screen to the phone app', () => {
    expect(phoneDestination(null, 'HELPER', true)).toBe('/m/');
  });

  it('keeps a helper on a wide screen, and an officer on a phone, in the desktop app', () => {
    expect(phoneDestination(null, 'HELPER', false)).toBeNull();
    expect(phoneDestination(null, 'OFFICER', true)).toBeNull();
  });

  it('follows a phone page asked for by anyone, and never leaves the site', () => {
    expect(phoneDestination('/m/people/1', 'OFFICER', false)).toBe('/m/people/1');
    expect(phoneDestination('//evil.example/m/', 'HELPER', true)).toBeNull();
    expect(phoneDestination('/returnees', 'HELPER', true)).toBeNull();
  });
});
