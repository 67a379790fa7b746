import { Role } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { navItems } from './nav-items';

const paths = (role: Role) => navItems(role).map((item) => item.to);

describe('navItems', () => {
  it('gives helpers their own people instead of the full list', () => {
    expect(paths(Role.HELPER)).toEqual(['/dashboard', '/my-people', '/tasks', '/employers']);
    expect(paths(Role.OFFICER)).toEqual([
      '/dashboard',
      '/returnees',
      '/imports',
      '/case-packages',
      '/campaigns',
      '/tasks',
      '/model',
      '/pledges',
      '/employers',
    ]);
  });

  it('shows no tasks to department viewers, who have none', () => {
    expect(paths(Role.VIEWER)).toEqual(['/dashboard', '/returnees', '/campaigns', '/model', '/pledges', '/employers']);
  });

  it('shows the account and key administration to admins only', () => {
    expect(paths(Role.ADMIN)).toEqual([
      '/dashboard',
      '/returnees',
      '/imports',
      '/campaigns',
      '/tasks',
      '/model',
      '/pledges',
      '/employers',
      '/admin/users',
      '/admin/service-accounts',
      '/admin/agreements',
      '/admin/holidays',
      '/admin/units',
      '/admin/partners',
      '/admin/webhooks',
      '/admin/notifications',
      '/audit',
    ]);
    for (const role of [Role.OFFICER, Role.COMMITTEE, Role.HELPER, Role.VIEWER, Role.AUDITOR]) {
      expect(paths(role)).not.toContain('/admin/users');
      expect(paths(role)).not.toContain('/admin/holidays');
      expect(paths(role)).not.toContain('/admin/units');
      expect(paths(role)).not.toContain('/admin/partners');
      expect(paths(role)).not.toContain('/admin/webhooks');
      expect(paths(role)).not.toContain('/admin/notifications');
    }
  });

  it('shows campaigns to those who follow the wards’ figures, never to helpers or auditors', () => {
    for (const role of [Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.VIEWER])
      expect(paths(role)).toContain('/campaigns');
    for (const role of [Role.HELPER, Role.AUDITOR]) expect(paths(role)).not.toContain('/campaigns');
  });

  it('offers the import wizard to the roles that may import people only', () => {
    for (const role of [Role.COMMITTEE, Role.HELPER, Role.VIEWER, Role.AUDITOR]) {
      expect(paths(role)).not.toContain('/imports');
    }
  });

  it('shows the audit log to auditors and admins, and employers to everyone else', () => {
    // The API refuses the model and the pledges to auditors, so their navigation does not offer them.
    expect(paths(Role.AUDITOR)).toEqual(['/dashboard', '/audit']);
    for (const role of [Role.OFFICER, Role.COMMITTEE, Role.HELPER, Role.VIEWER]) {
      expect(paths(role)).not.toContain('/audit');
      expect(paths(role)).toContain('/employers');
    }
  });
});
