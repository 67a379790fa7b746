import { describe, expect, it } from 'vitest';
import { safeErrorSummary } from './format-error.js';

describe('safeErrorSummary', () => {
  it('blanks quoted values and keeps the database code', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "031090000123"'), {
      name: 'QueryFailedError',
      driverError: { code: '22P02' },
    });
    expect(safeErrorSummary(error)).toEqual({
      name: 'QueryFailedError',
      code: '22P02',
      message: 'invalid input syntax for type uuid: "…"',
    });
  });

  it('blanks key details such as (citizen_id)=(…)', () => {
    const summary = safeErrorSummary(new Error('Key (citizen_id)=(031090000123) already exists.'));
    expect(summary.message).not.toContain('031090000123');
  });
});
