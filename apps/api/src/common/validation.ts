import { todayInVietnam } from '@hoanhap/shared';
import { badInput } from './errors.js';

/*
 * Checks that need more than one field or today's date. Each failure is BAD_USER_INPUT with the
 * input path and a reason code the web app translates.
 */

export function notInFuture(field: string, date: string | null | undefined): void {
  if (date && date > todayInVietnam()) {
    throw badInput(field, 'IN_FUTURE');
  }
}

export function notBefore(field: string, date: string | null | undefined, earliest: string | null | undefined): void {
  if (date && earliest && date < earliest) {
    throw badInput(field, 'BEFORE_START');
  }
}

/** Whole đồng as a decimal string (bigint columns). */
export function vndAmount(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{1,15}$/.test(value)) {
    throw badInput(field, 'INVALID_AMOUNT');
  }
  return value;
}
