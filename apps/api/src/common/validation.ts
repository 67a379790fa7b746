import { todayInVietnam } from '@hoanhap/shared';
import { badInput } from './errors.js';

/*
 * Checks that need more than one field or today's date. Each failure is BAD_USER_INPUT with the
 * input path and a reason code the web app translates.
 */

export function notInFuture(field: string, date: string | null | undefined): void {
  if (date && date > todayInVietnam()) {
    throw badInput(field, 'Ngày này không thể ở tương lai. / This date cannot be in the future.', 'IN_FUTURE');
  }
}

export function notBefore(field: string, date: string | null | undefined, earliest: string | null | undefined): void {
  if (date && earliest && date < earliest) {
    throw badInput(
      field,
      'Ngày kết thúc không thể trước ngày bắt đầu. / The end cannot be before the start.',
      'BEFORE_START',
    );
  }
}

/** Whole đồng as a decimal string (bigint columns). */
export function vndAmount(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{1,15}$/.test(value)) {
    throw badInput(
      field,
      'Số tiền phải là số nguyên đồng, không âm. / The amount must be whole đồng, not negative.',
      'INVALID_AMOUNT',
    );
  }
  return value;
}
