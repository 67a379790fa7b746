import { describe, expect, it } from 'vitest';
import { isValidCitizenId, normalizeCitizenId } from './citizen-id.js';

describe('isValidCitizenId', () => {
  it.each(['031090000123', '000000000000', '999999999999'])('accepts 12 digits: %s', (id) => {
    expect(isValidCitizenId(id)).toBe(true);
  });

  it.each([
    ['11 digits', '03109000012'],
    ['13 digits', '0310900001234'],
    ['a letter', '03109000012A'],
    ['spaces inside', '031 090 000 123'],
    ['empty', ''],
    ['a 9-digit old CMND', '031234567'],
    ['full-width digits', '０３１０９００００１２３'],
  ])('rejects %s', (_label, id) => {
    expect(isValidCitizenId(id)).toBe(false);
  });
});

describe('normalizeCitizenId', () => {
  it('drops the separators people type', () => {
    expect(normalizeCitizenId('031 090-000.123')).toBe('031090000123');
    expect(isValidCitizenId(normalizeCitizenId('031 090 000 123'))).toBe(true);
  });
});
