import { describe, expect, it } from 'vitest';
import { ExportList, Role } from './enums.js';
import { can, canExport, Permission, PERMISSION_ROLES, rolesWith } from './permissions.js';

describe('permissions', () => {
  it('gives every permission to at least one role, and the admin no casework', () => {
    for (const permission of Object.values(Permission)) expect(rolesWith(permission).length).toBeGreaterThan(0);
    expect(can(Role.ADMIN, Permission.WRITE_CASES)).toBe(false);
    expect(can(Role.ADMIN, Permission.RECORD_CONTACTS)).toBe(false);
  });

  it('keeps the auditor to the audit log and helpers out of it', () => {
    const auditor = Object.values(Permission).filter((p) => can(Role.AUDITOR, p));
    expect(auditor).toEqual([Permission.READ_AUDIT, Permission.EXPORT_AUDIT]);
    expect(can(Role.HELPER, Permission.READ_AUDIT)).toBe(false);
  });

  it('lets only the officer write casework, and helpers record contacts but never reveal', () => {
    expect(rolesWith(Permission.WRITE_CASES)).toEqual([Role.OFFICER]);
    expect(can(Role.HELPER, Permission.RECORD_CONTACTS)).toBe(true);
    expect(can(Role.HELPER, Permission.REQUEST_REVEAL)).toBe(false);
    expect(Object.keys(PERMISSION_ROLES).sort()).toEqual(Object.values(Permission).sort());
  });

  it('makes export a right of its own: people for officers and admins, the audit log for auditors, helpers nothing', () => {
    const exporters = (list: ExportList) => Object.values(Role).filter((role) => canExport(role, list));
    expect(exporters(ExportList.RETURNEES)).toEqual([Role.ADMIN, Role.OFFICER]);
    expect(exporters(ExportList.TASKS)).toEqual([Role.ADMIN, Role.OFFICER]);
    expect(exporters(ExportList.AUDIT_LOG)).toEqual([Role.AUDITOR]);
    expect(exporters(ExportList.EMPLOYERS)).toEqual([Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.VIEWER]);
    expect(exporters(ExportList.PLEDGES)).toEqual(exporters(ExportList.EMPLOYERS));
    expect(exporters(ExportList.USERS)).toEqual([Role.ADMIN]);
    for (const list of Object.values(ExportList)) expect(canExport(Role.HELPER, list)).toBe(false);
  });
});
