import { beforeAll, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { loadReportsTexts } from '../../../i18n/reports';
import { readDocx, readDocxStyles } from '../../../test/docx';
import { breakdown, statsResult } from '../../../test/fixtures';
import { statisticsReportContent } from '../report-content';
import { statisticsDocx, statisticsFileName } from './statistics-docx';

beforeAll(() => loadReportsTexts('vi'));

const t = () => i18n.getFixedT('vi', 'reports');
const stats = (returned = breakdown(34, 7, 21, 6)) =>
  statsResult('2020-01-01', '2024-04-25', returned, breakdown(10, 2, 7, 1)).data.reintegrationStats;

describe('the statistics report as a Word file', () => {
  it('has the administrative frame: issuer and motto, number, place and date, title, signer and recipients', async () => {
    const doc = await readDocx(statisticsDocx(statisticsReportContent(stats(), false, t(), 'vi')));
    const header = doc.tables[0]?.[0] ?? [];
    expect(header[0]).toBe('CÔNG AN PHƯỜNG LÃM HÀ\n\nSố: ……/BC-CAP');
    expect(header[1]).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLãm Hà, ngày 25 tháng 4 năm 2024',
    );
    expect(doc.paragraphs).toContain('BÁO CÁO');
    expect(doc.paragraphs).toContain('Kết quả công tác hỗ trợ người chấp hành xong án phạt tù tái hòa nhập cộng đồng');
    const end = doc.tables.at(-1)?.[0] ?? [];
    expect(end[0]).toContain('Nơi nhận:');
    expect(end[0]).toContain('- Lưu: VT.');
    expect(end[1]).toContain('TRƯỞNG CÔNG AN');
  });

  it('writes the same sentences and cells as the print page', async () => {
    const doc = await readDocx(statisticsDocx(statisticsReportContent(stats(), false, t(), 'vi')));
    expect(doc.paragraphs).toContain(
      'Từ năm 2020 đến nay, trên địa bàn có 34 người chấp hành xong án phạt tù trở về địa phương. Trong đó, có 7 người có việc làm ổn định, 21 người có việc làm không ổn định, 6 người không có việc làm.',
    );
    expect(doc.tables[1]).toEqual([
      [
        'TT',
        'Nội dung',
        'Tổng số',
        'Việc làm ổn định',
        'Việc làm không ổn định',
        'Không có việc làm',
        'Khác / chưa rõ',
      ],
      ['1', 'Trở về địa phương từ 01/01/2020', '34', '7', '21', '6', '0'],
      ['2', 'Còn trong diện tái hòa nhập cộng đồng', '10', '2', '7', '1', '0'],
    ]);
    expect(doc.paragraphs).toContain('Số liệu tính đến ngày 25/04/2024.');
  });

  it('addressed upward, writes "<3" for counts of one or two and explains it', async () => {
    const doc = await readDocx(statisticsDocx(statisticsReportContent(stats(), true, t(), 'vi')));
    const caseload = doc.tables[1]?.[2] ?? [];
    expect(caseload.slice(2)).toContain('<3');
    expect(caseload[2]).toBe('10');
    expect(doc.paragraphs.some((p) => p.startsWith('Ghi chú: “<3” là số nhỏ'))).toBe(true);
  });

  it('is A4 with the decree margins, in Times New Roman 14 pt', async () => {
    const document = statisticsDocx(statisticsReportContent(stats(), false, t(), 'vi'));
    const { xml } = await readDocx(document);
    // Twips: 210 × 297 mm; top and bottom 20 mm, left 30 mm, right 15 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const styles = await readDocxStyles(document);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('is named in ASCII after the month of the figures', () => {
    expect(statisticsFileName('2024-04-25')).toBe('bao-cao-thong-ke-2024-04.docx');
  });
});
