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
});
