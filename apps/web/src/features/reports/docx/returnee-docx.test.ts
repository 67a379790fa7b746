import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrintTexts } from '../../../i18n/print';
import { readDocx } from '../../../test/docx';
import { CONVICTION, type Person, person } from '../../../test/print-fixtures';
import { returneeSheetContent } from '../print/returnee-sheet-content';
import { returneeDocx, returneeFileName } from './returnee-docx';

beforeAll(() => loadPrintTexts('vi'));

const build = (p: Person, shown: boolean) =>
  returneeDocx(returneeSheetContent(p, shown, i18n.getFixedT('vi', 'print')));

const SUPPORT = {
  __typename: 'Support',
  id: 's1',
  type: 'VOCATIONAL_TRAINING',
  providerName: 'Trung tâm GDNN quận Kiến An',
  providerOrganisation: null,
  startedOn: '2023-08-01',
  completedOn: '2023-10-31',
  status: 'DONE',
  amountVnd: '1500000',
} as unknown as Person['supports'][number];

describe('the information sheet (HCD-02) as a Word file', () => {
  it('has the police of the ward as issuer, the motto, the place and date and the form title', async () => {
    const doc = await readDocx(build(person(), true));
    const [issuer, motto] = doc.tables[0]?.[0] ?? [];
    expect(issuer).toBe('CÔNG AN PHƯỜNG LÃM HÀ\n');
    expect(motto).toMatch(
      /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLãm Hà, ngày \d+ tháng \d+ năm \d{4}$/,
    );
    expect(doc.paragraphs).toContain('PHIẾU THÔNG TIN NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ, NGƯỜI ĐƯỢC ĐẶC XÁ (Mẫu HCD-02)');
  });

  it('prints the sections, fields, convictions and the support table an officer was given', async () => {
    const doc = await readDocx(
      build(person({ citizenId: '031090001234', convictions: [CONVICTION], supports: [SUPPORT] }), true),
    );
    expect(doc.paragraphs).toContain('I. THÔNG TIN NHÂN THÂN');
    expect(doc.paragraphs).toContain('VIII. DỰ KIẾN XÓA ÁN TÍCH');
    const identity = doc.tables[1] ?? [];
    expect(identity[0]).toEqual(['Họ và tên:', 'Hoàng Văn Bình']);
    expect(identity).toContainEqual(['Số định danh cá nhân:', '031090001234']);
    expect(doc.paragraphs.some((p) => p.startsWith('Bản án số 12/2019/HSST ngày 04/03/2019'))).toBe(true);
    const supports = doc.tables.find((table) => table[0]?.[0] === 'Hình thức hỗ trợ');
    expect(supports?.[1]).toEqual([
      expect.any(String),
      'Trung tâm GDNN quận Kiến An',
      '01/08/2023 – 31/10/2023',
      expect.any(String),
      '1.500.000',
    ]);
  });

  it('says "not shown" for the sensitive parts a reader was not given, and never prints them', async () => {
    const doc = await readDocx(build(person({ citizenId: '031090001234' }), false));
    expect(doc.tables[1]).toContainEqual(['Số định danh cá nhân:', '— (không hiển thị)']);
    expect(doc.xml).not.toContain('031090001234');
    const convictions = doc.paragraphs.indexOf('III. BẢN ÁN');
    expect(doc.paragraphs[convictions + 1]).toBe('— (không hiển thị)');
  });

  it('ends with the maker and the head of police signing, and the confidentiality note', async () => {
    const doc = await readDocx(build(person(), true));
    const signers = doc.tables.at(-1)?.[0] ?? [];
    expect(signers[0]).toMatch(/^NGƯỜI LẬP PHIẾU\n\(Ký, ghi rõ họ tên\)/);
    expect(signers[1]).toMatch(/^TRƯỞNG CÔNG AN\n\(Ký, ghi rõ họ tên, đóng dấu\)/);
    expect(doc.paragraphs.at(-1)).toBe(
      'Tài liệu có thông tin cá nhân, chỉ sử dụng cho công tác tái hòa nhập cộng đồng.',
    );
  });

  it('is named after the form and the day, never the person', () => {
    expect(returneeFileName('2026-06-15')).toBe('phieu-thong-tin-hcd-02-2026-06-15.docx');
  });
});
