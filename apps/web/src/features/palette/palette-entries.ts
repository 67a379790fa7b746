import { can, normalizeName, Permission, Role } from '@hoanhap/shared';
import { navItems } from '../../layout/nav-items';

/** A page or an action the palette offers; `run` names what happens, the palette carries it out. */
export interface PaletteEntry {
  id: string;
  /** Key of the label in the `palette` section (pages reuse their navigation label). */
  label: string;
  group: 'pages' | 'actions';
  run: { navigate: string } | { command: 'toggleColorScheme' | 'switchLanguage' };
}

/** Roles that look people up by name (helpers search among their own people). */
export function canSearchPeople(role: Role): boolean {
  return can(role, Permission.READ_CASES);
}

/** Every page of the navigation for the role, then the common actions the role may take. */
export function paletteEntries(role: Role): PaletteEntry[] {
  const pages: PaletteEntry[] = navItems(role).map((item) => ({
    id: `page:${item.to}`,
    label: item.label,
    group: 'pages',
    run: { navigate: item.to },
  }));
  const actions: PaletteEntry[] = [];
  const action = (id: string, run: PaletteEntry['run']) =>
    actions.push({ id: `action:${id}`, label: `palette.action.${id}`, group: 'actions', run });

  if (can(role, Permission.WRITE_CASES)) action('newReturnee', { navigate: '/returnees/new' });
  if (can(role, Permission.READ_TASKS)) action('overdueTasks', { navigate: '/tasks?view=overdue' });
  if (can(role, Permission.READ_COMMITTEE)) {
    action('onProbation', { navigate: '/returnees?status=ON_PROBATION' });
    action('printReport', { navigate: '/reports/statistics/print' });
    action('scoreboard', { navigate: '/pledges/scoreboard' });
  }
  action('changePassword', { navigate: '/account/password' });
  action('switchLanguage', { command: 'switchLanguage' });
  action('toggleColorScheme', { command: 'toggleColorScheme' });
  return [...pages, ...actions];
}

/** Entries whose label matches every typed word, ignoring diacritics and case ("viec qua han"). */
export function filterEntries<T extends { label: string }>(
  entries: readonly T[],
  query: string,
  label: (e: T) => string,
): T[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = normalizeName(label(entry));
    return words.every((word) => text.includes(word));
  });
}
