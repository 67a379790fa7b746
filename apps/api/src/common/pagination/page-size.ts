import { reasonMessage } from '@hoanhap/shared';
import { badInput } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageSizeRule {
  /** Largest page; 100 unless the list says otherwise. */
  max?: number;
  /**
   * What a `first` above `max` gets: refused with BAD_USER_INPUT (the default), or capped to `max`
   * (the returnees list, whose clients ask for "as many as possible" and get the largest page).
   */
  overMax?: 'refuse' | 'cap';
}

/**
 * The one page-size rule: `first` rows, 20 when not given; a negative size is refused, and so is a
 * size over the list's maximum unless the list caps it.
 */
export function pageSize(first: number | null | undefined, rule: PageSizeRule = {}): number {
  const max = rule.max ?? MAX_PAGE_SIZE;
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (first > max && rule.overMax === 'cap') return max;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badInput('first', reasonMessage('OUT_OF_RANGE.rows', { max }));
  }
  return first;
}
