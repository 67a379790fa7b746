import { describe, expect, it } from 'vitest';
import { CaseStatus } from './enums.js';
import {
  GENERIC_REASONS,
  REASON_MESSAGES,
  type ReasonKey,
  type ReasonMessage,
  reasonCode,
  reasonMessage,
} from './reasons.js';

const keys = Object.keys(REASON_MESSAGES) as ReasonKey[];
// Any key with parameters for every entry that takes some.
const say = reasonMessage as (key: ReasonKey, params?: object) => ReasonMessage;
const sample = {
  max: 3,
  minutes: 2,
  endsOn: '2026-01-02',
  endedOn: '02/01/2026',
  from: CaseStatus.NOTIFIED,
  to: CaseStatus.CLOSED,
  until: 'nay',
  cost: 120,
  line: 1,
  column: 5,
  detail: 'Expected Name, found <EOF>.',
  seconds: 30,
  found: 12,
  maxMegabytes: 20,
};

describe('reason messages', () => {
  it('are keyed by an upper-case code, with an optional camel-case variant', () => {
    for (const key of keys) expect(key).toMatch(/^[A-Z][A-Z0-9_]*(\.[a-z][A-Za-z]*)?$/);
  });

  it.each(keys)('%s says something in both languages, without the API’s separator', (key) => {
    const { vi, en } = say(key, sample);
    for (const text of [vi, en]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toContain(' / ');
      expect(text).not.toContain('undefined');
    }
  });

  it('never calls a returnee "đối tượng" (respectful wording)', () => {
    for (const key of keys) expect(say(key, sample).vi.toLowerCase()).not.toContain('đối tượng');
  });

  it('words each message once: no two keys say the same', () => {
    const said = keys.map((key) => JSON.stringify(say(key, sample)).replace(/"key":"[^"]*",/, ''));
    expect(new Set(said).size).toBe(said.length);
  });

  it('reports the code before the dot as the reason', () => {
    expect(reasonCode('OUT_OF_RANGE.year')).toBe('OUT_OF_RANGE');
    expect(reasonCode('REQUIRED')).toBe('REQUIRED');
  });

  it('fills in parameters', () => {
    expect(reasonMessage('OUT_OF_RANGE.rows', { max: 200 })).toEqual({
      key: 'OUT_OF_RANGE.rows',
      vi: 'Số dòng phải từ 0 đến 200.',
      en: 'first must be between 0 and 200.',
    });
    expect(reasonMessage('INVALID_TRANSITION', { from: CaseStatus.CLOSED, to: CaseStatus.NOTIFIED }).en).toBe(
      'Cannot move the case from CLOSED to NOTIFIED.',
    );
  });

  it('keeps the generic wordings plain text, so the web app can read them without the rest', () => {
    for (const entry of Object.values(GENERIC_REASONS)) expect(typeof entry.vi).toBe('string');
  });
});
