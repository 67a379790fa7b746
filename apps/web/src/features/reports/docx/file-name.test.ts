import { describe, expect, it } from 'vitest';
import { docxFileName } from './file-name';

describe('docxFileName', () => {
  it('writes Vietnamese without marks, hyphenated, in lower case', () => {
    expect(docxFileName('Báo cáo thống kê', '2026-06')).toBe('bao-cao-thong-ke-2026-06.docx');
    expect(docxFileName('Quyết định thành lập', 'Ban Chỉ đạo phường Lãm Hà')).toBe(
      'quyet-dinh-thanh-lap-ban-chi-dao-phuong-lam-ha.docx',
    );
  });

  it('never gives an empty name', () => {
    expect(docxFileName('…')).toBe('van-ban.docx');
  });
});
