import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup-format.js';

describe('backupFileName', () => {
  it('names the file by the UTC time, so files sort by time whatever the machine’s zone', () => {
    // 05:05:09 on 1 January in Việt Nam is still 31 December in UTC.
    expect(backupFileName(new Date('2027-01-01T05:05:09+07:00'))).toBe('hoanhap-20261231-220509.dump');
  });
});
