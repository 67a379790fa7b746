import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrintTexts } from '../../../i18n/print';
import { readDocx } from '../../../test/docx';
import { pledge } from '../../../test/print-fixtures';
import { pledgeContent } from '../print/pledge-content';
import { pledgeDocx, pledgeFileName } from './pledge-docx';

beforeAll(() => loadPrintTexts('vi'));

const build = () => pledgeDocx(pledgeContent(pledge(), i18n.getFixedT('vi', 'print')));

describe('a pledge as a Word file', () => {
  it('has the superior body and issuer, number, motto, place and date, title and period', async () => {
    const doc = await readDocx(build());
    const [issuer, motto] = doc.tables[0]?.[0] ?? [];
    expect(issuer).toBe('UBND PHƯỜNG LÃM HÀ\nBAN CHỈ ĐẠO MÔ HÌNH\n\nSố: 01/GƯTĐ');
    expect(motto).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLãm Hà, ngày 25 tháng 4 năm 2024',
    );
    expect(doc.paragraphs).toContain('BẢN GIAO ƯỚC THI ĐUA');
    expect(doc.paragraphs).toContain('Thời gian thực hiện: từ ngày 25/04/2024 đến ngày 24/04/2025');
  });

  it('lists the parties and writes the targets in a table with the same cells as the print page', async () => {
    const doc = await readDocx(build());
    expect(doc.paragraphs).toContain('I. CÁC BÊN THAM GIA');
    expect(doc.paragraphs).toContain('2. Hội Phụ nữ phường Lãm Hà, đại diện: Lê Thị Minh');
    expect(doc.tables[1]).toEqual([
      ['TT', 'Chỉ tiêu', 'Yêu cầu', 'Mức', 'Đơn vị tính', 'Trọng số', 'Đơn vị chịu trách nhiệm'],
      ['1', 'Số vụ tái phạm tội', 'Không vượt quá', '0', 'vụ', '3', 'Công an phường Lãm Hà'],
      [
        '2',
        'Số lần gặp gỡ bình quân mỗi người mỗi tháng',
        'Không thấp hơn',
        '1',
        'lần/người/tháng',
        '1,5',
        'Hội Phụ nữ phường Lãm Hà',
      ],
      ['3', 'Tỷ lệ có việc làm ổn định', 'Không thấp hơn', '40', '%', '1', 'Công an phường Lãm Hà'],
    ]);
  });

  it('ends with one signature per party, each with its representative', async () => {
    const signers = (await readDocx(build())).tables.at(-1)?.[0] ?? [];
    expect(signers[0]).toMatch(
      /^ĐẠI DIỆN CÔNG AN PHƯỜNG LÃM HÀ\n\(Ký, ghi rõ họ tên, đóng dấu\)\n[\s\S]*Trần Quốc Bảo$/,
    );
    expect(signers[1]).toMatch(/^ĐẠI DIỆN HỘI PHỤ NỮ PHƯỜNG LÃM HÀ[\s\S]*Lê Thị Minh$/);
  });

  it('is named after its kind and the day it was signed', () => {
    expect(pledgeFileName('BẢN GIAO ƯỚC THI ĐUA', '2024-04-25')).toBe('ban-giao-uoc-thi-dua-2024-04-25.docx');
  });
});
