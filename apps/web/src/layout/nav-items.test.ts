import { Role } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { navItems } from './nav-items';

const paths = (role: Role) => navItems(role).map((item) => item.to);

describe('navItems', () => {
  it('gives helpers their own people instead of the full list', () => {
    expect(paths(Role.HELPER)).toEqual(['/dashboard', '/my-people', '/tasks']);
    expect(paths(Role.OFFICER)).toEqual(['/dashboard', '/returnees', '/tasks', '/model', '/pledges']);
  });

  it('shows no tasks to department viewers, who have none', () => {
    expect(paths(Role.VIEWER)).toEqual(['/dashboard', '/returnees', '/model', '/pledges']);
  });

  it('shows the account and key administration to admins only', () => {
    expect(paths(Role.ADMIN)).toEqual([
      '/dashboard',
      '/returnees',
      '/tasks',
      '/model',
      '/pledges',
      '/admin/users',
      '/admin/service-accounts',
    ]);
    for (const role of [Role.OFFICER, Role.COMMITTEE, Role.HELPER, Role.VIEWER, Role.AUDITOR]) {
      expect(paths(role)).not.toContain('/admin/users');
    }
  });
});
