import { Role } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { canSearchPeople, filterEntries, paletteEntries } from './palette-entries';

const targets = (role: Role) =>
  paletteEntries(role).map((entry) => ('navigate' in entry.run ? entry.run.navigate : entry.run.command));

describe('command palette entries', () => {
  it("offers the officer every page of the navigation and the officer's actions", () => {
    const officer = targets(Role.OFFICER);
    expect(officer).toEqual(expect.arrayContaining(['/dashboard', '/returnees', '/tasks', '/model', '/pledges']));
    expect(officer).toEqual(expect.arrayContaining(['/returnees/new', '/tasks?view=overdue', 'switchLanguage']));
  });

  it('never offers a helper the whole list, registering people or the report', () => {
    const helper = targets(Role.HELPER);
    expect(helper).toContain('/my-people');
    expect(helper).not.toContain('/returnees');
    expect(helper).not.toContain('/returnees/new');
    expect(helper).not.toContain('/reports/statistics/print');
  });

  it('gives the auditor no people search and no casework actions', () => {
    expect(canSearchPeople(Role.AUDITOR)).toBe(false);
    expect(targets(Role.AUDITOR)).not.toContain('/tasks?view=overdue');
    expect(canSearchPeople(Role.OFFICER)).toBe(true);
  });

  it('matches every typed word without diacritics, in any order', () => {
    const entries = [{ label: 'Xem việc quá hạn' }, { label: 'Đổi mật khẩu' }, { label: 'Bảng xếp hạng thi đua' }];
    const labels = (query: string) => filterEntries(entries, query, (e) => e.label).map((e) => e.label);
    expect(labels('viec qua han')).toEqual(['Xem việc quá hạn']);
    expect(labels('khau doi')).toEqual(['Đổi mật khẩu']);
    expect(labels('han')).toEqual(['Xem việc quá hạn', 'Bảng xếp hạng thi đua']);
    expect(labels('  ')).toHaveLength(3);
  });
});
