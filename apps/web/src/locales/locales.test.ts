import { describe, expect, it } from 'vitest';
import adminEn from './admin/en.json';
import adminVi from './admin/vi.json';
import en from './en.json';
import opsEn from './ops/en.json';
import opsVi from './ops/vi.json';
import printEn from './print/en.json';
import printVi from './print/vi.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('English has exactly the Vietnamese keys in the lazily loaded `ops` namespace too', () => {
    expect(keys(opsEn).sort()).toEqual(keys(opsVi).sort());
  });

  it('English has exactly the Vietnamese keys in the lazily loaded `admin` namespace too', () => {
    expect(keys(adminEn).sort()).toEqual(keys(adminVi).sort());
  });

  it('English has exactly the Vietnamese keys in the lazily loaded `print` namespace too', () => {
    expect(keys(printEn).sort()).toEqual(keys(printVi).sort());
  });

  it('keeps the official document text of the `print` namespace Vietnamese in both languages', () => {
    expect(printEn.doc).toEqual(printVi.doc);
  });

  it('never calls a returnee "đối tượng"', () => {
    expect(JSON.stringify(vi).toLowerCase()).not.toContain('đối tượng');
    expect(JSON.stringify(opsVi).toLowerCase()).not.toContain('đối tượng');
    expect(JSON.stringify(adminVi).toLowerCase()).not.toContain('đối tượng');
    expect(JSON.stringify(printVi).toLowerCase()).not.toContain('đối tượng');
  });

  it('has a Vietnamese message for every API error code', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'INVALID_CREDENTIALS',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'INTERNAL_SERVER_ERROR',
    ]) {
      expect(vi.errors).toHaveProperty(code);
    }
  });
});
