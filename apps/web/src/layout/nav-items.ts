import { can, Permission, Role } from '@hoanhap/shared';

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
    | 'nav.employers'
    | 'nav.imports'
    | 'nav.casePackages'
    | 'nav.adminPartners'
    | 'nav.adminAgreements'
    | 'nav.adminWebhooks'
    | 'nav.adminNotifications'
    | 'nav.campaigns';
}

/**
 * Navigation by feature, from the permissions the API enforces (`@hoanhap/shared`): a page is
 * offered only to roles the API answers for it. Helpers only ever see the people assigned to them,
 * so they get "Người tôi giúp đỡ" instead of the whole list.
 */
export function navItems(role: Role): NavItem[] {
  const items: NavItem[] = [{ to: '/dashboard', label: 'nav.dashboard' }];
  if (role === Role.HELPER) items.push({ to: '/my-people', label: 'nav.myPeople' });
  else if (can(role, Permission.READ_CASES)) items.push({ to: '/returnees', label: 'nav.returnees' });
  // Bringing a ward's existing sheets in is the record keeper's work (officers, administrators).
  if (can(role, Permission.IMPORT_PEOPLE)) items.push({ to: '/imports', label: 'nav.imports' });
  // Cases handed over by another deployment are taken in by the officers who work the cases.
  if (can(role, Permission.WRITE_CASES)) items.push({ to: '/case-packages', label: 'nav.casePackages' });
  // Amnesty waves: their figures for everyone who follows the wards' work, never for helpers.
  if (can(role, Permission.READ_CAMPAIGNS)) items.push({ to: '/campaigns', label: 'nav.campaigns' });
  if (can(role, Permission.READ_TASKS)) items.push({ to: '/tasks', label: 'nav.tasks' });
  // The model's paperwork and pledges are the unit's business, not a helper's nor an auditor's.
  if (can(role, Permission.READ_COMMITTEE)) {
    items.push({ to: '/model', label: 'nav.model' }, { to: '/pledges', label: 'nav.pledges' });
  }
  // Partner employers: everyone but auditors (helpers too, to point people to work).
  if (can(role, Permission.READ_EMPLOYERS)) items.push({ to: '/employers', label: 'nav.employers' });
  // Accounts, integration keys, the working calendar, the units' settings and the partner
  // deployments trusted for hand-overs are the administrator's.
  if (can(role, Permission.ADMINISTER)) {
    items.push(
      { to: '/admin/users', label: 'nav.adminUsers' },
      { to: '/admin/service-accounts', label: 'nav.adminServiceAccounts' },
      { to: '/admin/agreements', label: 'nav.adminAgreements' },
      { to: '/admin/holidays', label: 'nav.adminHolidays' },
      { to: '/admin/units', label: 'nav.adminUnits' },
      { to: '/admin/partners', label: 'nav.adminPartners' },
      { to: '/admin/webhooks', label: 'nav.adminWebhooks' },
      { to: '/admin/notifications', label: 'nav.adminNotifications' },
    );
  }
  if (can(role, Permission.READ_AUDIT)) items.push({ to: '/audit', label: 'nav.audit' });
  return items;
}
