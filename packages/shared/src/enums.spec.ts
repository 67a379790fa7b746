import { describe, expect, it } from 'vitest';
import * as shared from './index.js';

// Enums are the PascalCase object exports (constants such as EXPUNGEMENT_RULES are upper case).
const enums = Object.entries(shared).filter(
  ([name, value]) => /^[A-Z][a-z]/.test(name) && typeof value === 'object' && value !== null,
);

describe('enums', () => {
  it('are all found', () => {
    expect(enums.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Role',
        'EmploymentStatus',
        'ReleaseType',
        'CaseStatus',
        'ClosureReason',
        'CommitteeRole',
        'PledgeKind',
        'SupportType',
        'ClassificationGroup',
      ]),
    );
  });

  it.each(enums)('%s has keys equal to values and a label in both languages for each', (name, values) => {
    const labelsName = `${name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_LABELS`;
    const labels = (shared as Record<string, unknown>)[labelsName] as Record<string, { vi: string; en: string }>;
    expect(labels, labelsName).toBeDefined();
    for (const [key, value] of Object.entries(values as object)) {
      expect(value).toBe(key);
      expect(labels[key]?.vi.length).toBeGreaterThan(0);
      expect(labels[key]?.en.length).toBeGreaterThan(0);
    }
    expect(Object.keys(labels).sort()).toEqual(Object.keys(values as object).sort());
  });

  it('never uses the policing word for a returnee', () => {
    const allLabels = JSON.stringify(Object.entries(shared).filter(([n]) => n.endsWith('_LABELS')));
    expect(allLabels.toLowerCase()).not.toContain('đối tượng');
  });
});

describe('SUPPORT_TRANSITIONS', () => {
  it('moves a support forward only, ending at DONE or DECLINED, from which nothing moves', () => {
    const { SUPPORT_TRANSITIONS: next, SupportStatus: S } = shared;
    expect(next[S.DONE]).toEqual([]);
    expect(next[S.DECLINED]).toEqual([]);
    expect(next[S.PROPOSED]).toEqual([S.IN_PROGRESS, S.DONE, S.DECLINED]);
    expect(next[S.IN_PROGRESS]).toEqual([S.DONE, S.DECLINED]);
    for (const [from, to] of Object.entries(next)) expect(to).not.toContain(from);
    expect(next[S.IN_PROGRESS]).not.toContain(S.PROPOSED);
  });
});
