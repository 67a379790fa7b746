import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommitteeDecisionPrintDocument } from '../../../gql/graphql';
import { changeLanguage } from '../../../i18n/i18n';
import { loadPrintTexts } from '../../../i18n/print';
import { apiError, officer } from '../../../test/fixtures';
import { committee } from '../../../test/print-fixtures';
import { renderWithApp } from '../../../test/render';
import DecisionPrintPage from './decision-print-page';

function renderDecision(result: object) {
  return renderWithApp(<DecisionPrintPage />, {
    url: '/print/committees/c1/decision',
    path: '/print/committees/:id/decision',
    user: officer,
    mocks: [{ request: { query: CommitteeDecisionPrintDocument, variables: { id: 'c1' } }, result }],
  });
}

const flat = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');

beforeAll(async () => {
  await Promise.all([loadPrintTexts('vi'), loadPrintTexts('en')]);
});

describe('the printed founding decision', () => {
  it('lays out the decision in the administrative style with the founding members in role order', async () => {
    renderDecision({ data: { steeringCommittee: committee() } });
    const sheet = await screen.findByTestId('decision-sheet');
    const text = flat(sheet);

    expect(flat(screen.getByTestId('decision-issuer'))).toBe('ỦY BAN NHÂN DÂNPHƯỜNG LÃM HÀ');
    expect(screen.getByTestId('decision-number').textContent).toBe('Số: 58/QĐ-UBND');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(screen.getByTestId('decision-place-date').textContent).toBe('Lãm Hà, ngày 18 tháng 4 năm 2024');
    expect(screen.getByTestId('decision-title').textContent).toBe('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc thành lập Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ');
    expect(text).toContain('Căn cứ Nghị quyết số 15-NQ/ĐU ngày 20 tháng 3 năm 2024 của Đảng ủy phường Lãm Hà;');
    expect(text).toContain('Căn cứ Kế hoạch số 42/KH-UBND ngày 05 tháng 4 năm 2024 của UBND phường Lãm Hà;');
    expect(text).not.toContain('99/KH-UBND');
    expect(text).toContain('Xét đề nghị của Công an phường Lãm Hà tại Báo cáo số 08/BC-CAP ngày 28 tháng 3 năm 2024.');
    expect(text).toContain('QUYẾT ĐỊNH:');

    const members = screen.getAllByTestId('decision-member').map((li) => li.textContent);
    expect(members).toEqual([
      '1. Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban;',
      '2. Ngô Đức Hiếu, Cán bộ Công an phường phụ trách công tác tái hòa nhập – Thư ký.',
    ]);
    expect(flat(screen.getByTestId('decision-article-2'))).toBe(
      'Điều 2. Ban Chỉ đạo hoạt động theo Quy chế hoạt động số 59/QĐ-UBND ngày 18 tháng 4 năm 2024. ' +
        'Nhiệm vụ của Ban Chỉ đạo: Chỉ đạo việc tiếp nhận, giúp đỡ và hỗ trợ việc làm.',
    );
    expect(flat(screen.getByTestId('decision-article-3'))).toContain('Quyết định này có hiệu lực kể từ ngày ký.');
    // Since 07/2025 the commune's office is headed by the Chánh Văn phòng HĐND và UBND (Decree 150/2025/NĐ-CP).
    expect(flat(screen.getByTestId('decision-article-3'))).toContain('Chánh Văn phòng HĐND và UBND phường Lãm Hà,');
    expect(flat(screen.getByTestId('decision-article-3'))).not.toContain('Văn phòng - Thống kê');
    expect(text).toContain('Nơi nhận:');
    expect(flat(screen.getByTestId('decision-signer'))).toContain('TM. ỦY BAN NHÂN DÂNCHỦ TỊCH');
    expect(screen.getByTestId('print-button').textContent).toBe('In');
  });

  it('gives the standard duties when the operating rules have no summary, and numbers without a number', async () => {
    const base = committee();
    renderDecision({
      data: {
        steeringCommittee: committee({
          operatingRules: null,
          foundingDecision: { ...base.foundingDecision, numberSymbol: null },
        }),
      },
    });
    await screen.findByTestId('decision-sheet');
    expect(screen.getByTestId('decision-number').textContent).toBe('Số: ……');
    expect(flat(screen.getByTestId('decision-article-2'))).toContain(
      'Điều 2. Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch Ủy ban nhân dân phường Lãm Hà chỉ đạo',
    );
  });

  it('keeps the document Vietnamese while the toolbar speaks English', async () => {
    await changeLanguage('en');
    renderDecision({ data: { steeringCommittee: committee() } });
    const sheet = await screen.findByTestId('decision-sheet');
    expect(screen.getByTestId('print-button').textContent).toBe('Print');
    expect(screen.getByTestId('close-button').textContent).toBe('Close');
    expect(within(sheet).getByTestId('decision-title').textContent).toBe('QUYẾT ĐỊNH');
    expect(flat(sheet)).toContain('Trưởng ban');
  });

  it('says so when the committee is missing or out of scope', async () => {
    renderDecision({ data: { steeringCommittee: null } });
    expect((await screen.findByTestId('print-not-found')).textContent).toContain('Không tìm thấy văn bản');
    expect(screen.queryByTestId('decision-sheet')).toBeNull();
  });

  it('shows the error with a way to try again when loading fails', async () => {
    renderDecision(apiError('INTERNAL_SERVER_ERROR'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được quyết định để in.');
    expect(within(alert).getByRole('button')).toBeTruthy();
  });
});
