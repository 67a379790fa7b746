import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrintTexts } from '../../../i18n/print';
import { readDocx } from '../../../test/docx';
import { committee } from '../../../test/print-fixtures';
import { decisionContent } from '../print/decision-content';
import { decisionDocx, decisionFileName } from './decision-docx';

beforeAll(() => loadPrintTexts('vi'));

const build = () => decisionDocx(decisionContent(committee(), i18n.getFixedT('vi', 'print')));

describe('the founding decision as a Word file', () => {
  it('has the issuer, number, motto, place and date, and the title with its subject', async () => {
    const doc = await readDocx(build());
    const [issuer, motto] = doc.tables[0]?.[0] ?? [];
    expect(issuer).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG LÃM HÀ\n\nSố: 58/QĐ-UBND');
    expect(motto).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLãm Hà, ngày 18 tháng 4 năm 2024',
    );
    expect(doc.paragraphs).toContain('QUYẾT ĐỊNH');
    expect(doc.paragraphs).toContain('Về việc thành lập Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà');
    expect(doc.paragraphs).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ');
  });

  it('cites its bases and lists the founding members in role order under Article 1', async () => {
    const doc = await readDocx(build());
    expect(doc.paragraphs).toContain('Căn cứ Luật Tổ chức chính quyền địa phương;');
    expect(doc.paragraphs.some((p) => p.startsWith('Căn cứ Nghị định số 49/2020/NĐ-CP'))).toBe(true);
    expect(doc.paragraphs).toContain('Căn cứ Kế hoạch số 42/KH-UBND ngày 05 tháng 4 năm 2024 của UBND phường Lãm Hà;');
    const article1 = doc.paragraphs.findIndex((p) => p.startsWith('Điều 1. Thành lập'));
    expect(doc.paragraphs.slice(article1 + 1, article1 + 3)).toEqual([
      '1. Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban;',
      '2. Ngô Đức Hiếu, Cán bộ Công an phường phụ trách công tác tái hòa nhập – Thư ký.',
    ]);
    expect(doc.paragraphs.some((p) => p.startsWith('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.'))).toBe(true);
  });

  it('ends with the recipients and the chairman signing on behalf of the committee', async () => {
    const end = (await readDocx(build())).tables.at(-1)?.[0] ?? [];
    expect(end[0]).toContain('Nơi nhận:\n- Như Điều 3;');
    expect(end[1]).toContain('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Ký, ghi rõ họ tên, đóng dấu)');
  });

  it('is named after the decision day', () => {
    expect(decisionFileName('2024-04-18')).toBe('quyet-dinh-thanh-lap-ban-chi-dao-2024-04-18.docx');
  });
});
