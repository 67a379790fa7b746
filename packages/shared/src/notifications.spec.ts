import { describe, expect, it } from 'vitest';
import { NotificationKind } from './enums/notifications.js';
import { afterQuietHours, internationalPhone, notificationText } from './notifications.js';

describe('internationalPhone', () => {
  it.each([
    ['0912 345 678', '84912345678'],
    ['+84 912.345.678', '84912345678'],
    ['84389123456', '84389123456'],
    ['(03) 8912-3456', '84389123456'],
  ])('writes %s as %s', (given, expected) => {
    expect(internationalPhone(given)).toBe(expected);
  });

  it.each(['', '12345', '0212345678', '+1 555 123 4567', '09123456789'])('refuses %s', (given) => {
    expect(internationalPhone(given)).toBeNull();
  });
});

describe('afterQuietHours (Việt Nam time)', () => {
  const at = (iso: string) => new Date(iso);
  it('lets a message leave at once outside the quiet hours', () => {
    expect(afterQuietHours(at('2026-12-07T03:00:00Z'), 21, 7)).toEqual(at('2026-12-07T03:00:00Z')); // 10:00
  });
  it('holds a message asked for late in the evening until 07:00 the next morning', () => {
    expect(afterQuietHours(at('2026-12-07T15:30:00Z'), 21, 7)).toEqual(at('2026-12-08T00:00:00Z')); // 22:30 → 07:00
  });
  it('holds a message asked for after midnight until 07:00 the same morning', () => {
    expect(afterQuietHours(at('2026-12-07T19:00:00Z'), 21, 7)).toEqual(at('2026-12-08T00:00:00Z')); // 02:00 → 07:00
  });
  it('handles quiet hours within one day, and none when both hours are equal', () => {
    expect(afterQuietHours(at('2026-12-07T06:00:00Z'), 12, 14)).toEqual(at('2026-12-07T07:00:00Z')); // 13:00 → 14:00
    expect(afterQuietHours(at('2026-12-07T15:30:00Z'), 7, 7)).toEqual(at('2026-12-07T15:30:00Z'));
  });
});

describe('notificationText', () => {
  it('says how many things there are to do and nothing about anyone', () => {
    expect(notificationText(NotificationKind.DAILY_DIGEST, 2).vi).toBe('Bạn có 2 việc cần làm hôm nay trên Hòa Nhập');
    for (const kind of Object.values(NotificationKind)) {
      const { vi, en } = notificationText(kind, 3);
      expect(vi.toLowerCase()).not.toMatch(/đối tượng|án tích|tội/);
      expect(en.toLowerCase()).not.toMatch(/offence|convict|crime/);
    }
  });
});
