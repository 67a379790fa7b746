import { describe, expect, it } from 'vitest';
import { normalizeName } from './names.js';

describe('normalizeName', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐẶNG THỊ ĐÀO', 'dang thi dao'],
    ['  Trần   Quốc\tTuấn ', 'tran quoc tuan'],
    ['Lê Thị Hồng Nhung', 'le thi hong nhung'],
    ['Phạm Ngọc Sơn', 'pham ngoc son'],
    ['Vũ Đức Thắng', 'vu duc thang'],
    ['Hoàng Thị Huyền', 'hoang thi huyen'],
    ['Bùi Xuân Trường', 'bui xuan truong'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('treats precomposed and decomposed Unicode alike', () => {
    const precomposed = 'Nguyễn';
    const decomposed = precomposed.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);
    expect(normalizeName(decomposed)).toBe(normalizeName(precomposed));
  });

  it('lets a query without diacritics match a name with them', () => {
    expect(normalizeName('Nguyễn Văn Bình').includes(normalizeName('nguyen van'))).toBe(true);
  });
});
