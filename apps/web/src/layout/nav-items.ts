import { Role } from '@hoanhap/shared';

export interface NavItem {
  to: string;
  label:
    | 'nav.dashboard'
    | 'nav.returnees'
    | 'nav.myPeople'
    | 'nav.tasks'
    | 'nav.model'
    | 'nav.pledges'
    | 'nav.adminUsers'
    | 'nav.adminServiceAccounts'
    | 'nav.adminHolidays'
    | 'nav.adminUnits'
    | 'nav.audit'
    | 'nav.employers';
}

/** Roles that read the audit log (the API refuses the others). */
const AUDIT_ROLES: readonly Role[] = [Role.ADMIN, Role.AUDITOR];

/** Roles that have tasks (viewers from departments do not). */
const TASK_ROLES: readonly Role[] = [Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.HELPER];

/**
 * Navigation by feature. Helpers only ever see the people assigned to them, so they get
 * "Người tôi giúp đỡ" instead of the whole list.
 */
export function navItems(role: Role): NavItem[] {
  const items: NavItem[] = [{ to: '/dashboard', label: 'nav.dashboard' }];
  if (role === Role.HELPER) items.push({ to: '/my-people', label: 'nav.myPeople' });
  else if (role !== Role.AUDITOR) items.push({ to: '/returnees', label: 'nav.returnees' });
  if (TASK_ROLES.includes(role)) items.push({ to: '/tasks', label: 'nav.tasks' });
  // The model's paperwork and pledges are the unit's business, not a helper's.
  if (role !== Role.HELPER) {
    items.push({ to: '/model', label: 'nav.model' }, { to: '/pledges', label: 'nav.pledges' });
  }
  // Partner employers: everyone but auditors (helpers too, to point people to work).
  if (role !== Role.AUDITOR) items.push({ to: '/employers', label: 'nav.employers' });
  // Accounts, integration keys, the working calendar and the units' settings are the administrator's.
  if (role === Role.ADMIN) {
    items.push(
      { to: '/admin/users', label: 'nav.adminUsers' },
      { to: '/admin/service-accounts', label: 'nav.adminServiceAccounts' },
      { to: '/admin/holidays', label: 'nav.adminHolidays' },
      { to: '/admin/units', label: 'nav.adminUnits' },
    );
  }
  if (AUDIT_ROLES.includes(role)) items.push({ to: '/audit', label: 'nav.audit' });
  return items;
}
