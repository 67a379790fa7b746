import { describe, expect, it } from 'vitest';
import { Role } from './enums.js';
import { can, Permission, PERMISSION_ROLES, rolesWith } from './permissions.js';

describe('permissions', () => {
  it('gives every permission to at least one role, and the admin no casework', () => {
    for (const permission of Object.values(Permission)) expect(rolesWith(permission).length).toBeGreaterThan(0);
    expect(can(Role.ADMIN, Permission.WRITE_CASES)).toBe(false);
    expect(can(Role.ADMIN, Permission.RECORD_CONTACTS)).toBe(false);
  });

  it('keeps the auditor to the audit log and helpers out of it', () => {
    const auditor = Object.values(Permission).filter((p) => can(Role.AUDITOR, p));
    expect(auditor).toEqual([Permission.READ_AUDIT]);
    expect(can(Role.HELPER, Permission.READ_AUDIT)).toBe(false);
  });

  it('lets only the officer write casework, and helpers record contacts but never reveal', () => {
    expect(rolesWith(Permission.WRITE_CASES)).toEqual([Role.OFFICER]);
    expect(can(Role.HELPER, Permission.RECORD_CONTACTS)).toBe(true);
    expect(can(Role.HELPER, Permission.REQUEST_REVEAL)).toBe(false);
    expect(Object.keys(PERMISSION_ROLES).sort()).toEqual(Object.values(Permission).sort());
  });
});
