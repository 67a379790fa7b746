import { describe, expect, it } from 'vitest';
import { detail } from '../test-fixtures';
import { profileValues, reapplyChanges, toUpdateInput } from './profile-form';

describe('re-applying an edit after a conflict', () => {
  it('keeps the other person’s change and lays the user’s own changes over it', () => {
    const base = profileValues(detail());
    const mine = { ...base, currentAddress: 'Số 40', otherNames: ['Đức béo'] };
    const latest = profileValues(detail({ residentialGroup: 'Tổ 7', currentAddress: 'Số 2' }));

    const merged = reapplyChanges(base, mine, latest);

    expect(merged.residentialGroup).toBe('Tổ 7');
    expect(merged.currentAddress).toBe('Số 40');
    expect(merged.otherNames).toEqual(['Đức béo']);
  });

  it('sends only what changed, with cleared text as null', () => {
    const base = profileValues(detail());
    const input = toUpdateInput('r-duc', 2, base, { ...base, residentialGroup: '  ', fullName: ' Nguyễn Văn Đức ' });
    expect(input).toEqual({ id: 'r-duc', version: 2, residentialGroup: null });
  });

  it('sends family contacts only when they changed, without blank rows, a missing phone as null', () => {
    const mother = { __typename: 'FamilyContact' as const, name: 'Phạm Thị Lan', relation: 'mẹ', phone: null };
    const base = profileValues(detail({ familyContacts: [mother] }));
    const blankRowOnly = { ...base, familyContacts: [...base.familyContacts, { name: ' ', relation: '', phone: '' }] };
    expect(toUpdateInput('r-duc', 2, base, blankRowOnly)).toEqual({ id: 'r-duc', version: 2 });

    const withBrother = {
      ...base,
      familyContacts: [...base.familyContacts, { name: ' Nguyễn Văn Hùng ', relation: 'anh trai', phone: ' ' }],
    };
    expect(toUpdateInput('r-duc', 2, base, withBrother)).toEqual({
      id: 'r-duc',
      version: 2,
      familyContacts: [
        { name: 'Phạm Thị Lan', relation: 'mẹ', phone: null },
        { name: 'Nguyễn Văn Hùng', relation: 'anh trai', phone: null },
      ],
    });
  });

  it('keeps the user’s family contacts over the latest ones after a conflict', () => {
    const base = profileValues(detail());
    const mine = { ...base, familyContacts: [{ name: 'Phạm Thị Lan', relation: 'mẹ', phone: '0912000111' }] };
    const latest = profileValues(detail({ residentialGroup: 'Tổ 7' }));
    const merged = reapplyChanges(base, mine, latest);
    expect(merged.familyContacts).toEqual(mine.familyContacts);
    expect(merged.residentialGroup).toBe('Tổ 7');
  });
});
