import { describe, expect, it } from 'vitest';
import { covers, findOverlap, periodOn, statusOn } from './employment.js';
import { EmploymentStatus } from './enums.js';

const { STABLE, UNSTABLE, UNEMPLOYED } = EmploymentStatus;

const history = [
  { id: 'a', status: UNEMPLOYED, startedOn: '2023-01-10', endedOn: '2023-03-10' },
  { id: 'b', status: UNSTABLE, startedOn: '2023-03-11', endedOn: '2023-12-31' },
  { id: 'c', status: STABLE, startedOn: '2024-02-01', endedOn: null },
];

describe('statusOn', () => {
  it('counts the first and the last day of a period as inside it', () => {
    expect(statusOn(history, '2023-01-10')).toBe(UNEMPLOYED);
    expect(statusOn(history, '2023-03-10')).toBe(UNEMPLOYED);
    expect(statusOn(history, '2023-03-11')).toBe(UNSTABLE);
    expect(statusOn(history, '2023-12-31')).toBe(UNSTABLE);
  });

  it('is unknown before the first period and in a gap between periods', () => {
    expect(statusOn(history, '2023-01-09')).toBeNull();
    expect(statusOn(history, '2024-01-01')).toBeNull();
    expect(statusOn(history, '2024-01-31')).toBeNull();
    expect(statusOn([], '2024-01-31')).toBeNull();
  });

  it('lets an open period reach any later date', () => {
    expect(statusOn(history, '2024-02-01')).toBe(STABLE);
    expect(statusOn(history, '2099-12-31')).toBe(STABLE);
  });

  it('treats an absent end like an open one', () => {
    expect(statusOn([{ status: STABLE, startedOn: '2024-02-01' }], '2030-01-01')).toBe(STABLE);
  });

  it('prefers the period that started last if stored periods overlap', () => {
    const overlapping = [
      { status: UNEMPLOYED, startedOn: '2024-01-01', endedOn: null },
      { status: STABLE, startedOn: '2024-03-01', endedOn: '2024-03-31' },
    ];
    expect(statusOn(overlapping, '2024-03-15')).toBe(STABLE);
    expect(statusOn(overlapping, '2024-04-01')).toBe(UNEMPLOYED);
    expect(periodOn(overlapping, '2023-12-31')).toBeNull();
  });

  it('covers a one-day period on that day only', () => {
    const day = { startedOn: '2024-02-29', endedOn: '2024-02-29' };
    expect(covers(day, '2024-02-28')).toBe(false);
    expect(covers(day, '2024-02-29')).toBe(true);
    expect(covers(day, '2024-03-01')).toBe(false);
  });
});

describe('findOverlap', () => {
  it('finds an overlap on the exact edge day (dates are inclusive)', () => {
    expect(findOverlap(history, { startedOn: '2023-12-31', endedOn: '2024-01-15' })?.id).toBe('b');
    expect(findOverlap(history, { startedOn: '2023-12-01', endedOn: '2024-02-01' })?.id).toBe('b');
    expect(findOverlap(history, { startedOn: '2024-01-01', endedOn: '2024-02-01' })?.id).toBe('c');
  });

  it('accepts a period filling a gap exactly, from the day after to the day before', () => {
    expect(findOverlap(history, { startedOn: '2024-01-01', endedOn: '2024-01-31' })).toBeNull();
    expect(findOverlap(history, { startedOn: '2023-01-01', endedOn: '2023-01-09' })).toBeNull();
  });

  it('lets an open candidate collide with every later period', () => {
    expect(findOverlap(history, { startedOn: '2024-01-01', endedOn: null })?.id).toBe('c');
    expect(findOverlap(history, { startedOn: '2022-01-01' })?.id).toBe('a');
  });

  it('lets an open stored period collide with any candidate after its start', () => {
    expect(findOverlap(history, { startedOn: '2030-05-01', endedOn: '2030-05-02' })?.id).toBe('c');
  });

  it('reports the earliest overlapping period when several overlap', () => {
    expect(findOverlap(history, { startedOn: '2022-06-01', endedOn: '2025-01-01' })?.id).toBe('a');
  });

  it('ignores the candidate’s own stored row', () => {
    expect(findOverlap(history, { id: 'c', startedOn: '2024-02-01', endedOn: '2024-05-01' })).toBeNull();
    expect(findOverlap(history, { id: 'c', startedOn: '2023-12-31', endedOn: null })?.id).toBe('b');
  });

  it('finds nothing in an empty history', () => {
    expect(findOverlap([], { startedOn: '2024-01-01', endedOn: null })).toBeNull();
  });
});
