import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PledgePrintDocument } from '../../../gql/graphql';
import { loadPrintTexts } from '../../../i18n/print';
import { apiError, officer } from '../../../test/fixtures';
import { pledge } from '../../../test/print-fixtures';
import { renderWithApp } from '../../../test/render';
import PledgePrintPage from './pledge-print-page';
import { PledgeKind } from '@hoanhap/shared';

function renderPledge(result: object) {
  return renderWithApp(<PledgePrintPage />, {
    url: '/print/pledges/p1',
    path: '/print/pledges/:id',
    user: officer,
    mocks: [{ request: { query: PledgePrintDocument, variables: { id: 'p1' } }, result }],
  });
}

const flat = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);

beforeAll(async () => {
  await loadPrintTexts('vi');
});

describe('the printed pledge', () => {
  it('prints the emulation pledge with its period, parties, targets table and one signature per party', async () => {
    renderPledge({ data: { pledge: pledge() } });
    const sheet = await screen.findByTestId('pledge-sheet');

    expect(screen.getByTestId('pledge-superior').textContent).toBe('UBND PHƯỜNG LÃM HÀ');
    expect(flat(screen.getByTestId('pledge-issuer'))).toBe('BAN CHỈ ĐẠO MÔ HÌNH');
    expect(screen.getByTestId('pledge-number').textContent).toBe('Số: 01/GƯTĐ');
    expect(flat(sheet)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(screen.getByTestId('pledge-place-date').textContent).toBe('Lãm Hà, ngày 25 tháng 4 năm 2024');
    expect(screen.getByTestId('pledge-print-title').textContent).toBe('BẢN GIAO ƯỚC THI ĐUA');
    expect(screen.getByTestId('pledge-period').textContent).toBe(
      'Thời gian thực hiện: từ ngày 25/04/2024 đến ngày 24/04/2025',
    );
    expect(screen.getAllByTestId('pledge-party').map((li) => li.textContent)).toEqual([
      '1. Công an phường Lãm Hà, đại diện: Trần Quốc Bảo – Trưởng Công an phường',
      '2. Hội Phụ nữ phường Lãm Hà, đại diện: Lê Thị Minh',
    ]);

    const rows = screen.getAllByTestId('pledge-print-target');
    expect(rows.map(cells)).toEqual([
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
    expect(flat(sheet)).toContain('I. CÁC BÊN THAM GIA');
    expect(flat(sheet)).toContain('II. CÁC CHỈ TIÊU');
    expect(flat(sheet)).toContain('III. TỔ CHỨC THỰC HIỆN');

    const signers = screen.getAllByTestId('pledge-signer').map(flat);
    expect(signers).toHaveLength(2);
    expect(signers[0]).toContain('ĐẠI DIỆN CÔNG AN PHƯỜNG LÃM HÀ');
    expect(signers[0]).toContain('Trần Quốc Bảo');
    expect(signers[1]).toContain('ĐẠI DIỆN HỘI PHỤ NỮ PHƯỜNG LÃM HÀ');
    expect(signers[1]).toContain('Lê Thị Minh');
  });

  it('titles another kind of pledge by its kind and heads it with the ward when it has no paper of its own', async () => {
    renderPledge({ data: { pledge: pledge({ kind: PledgeKind.EMPLOYER, documents: [] }) } });
    await screen.findByTestId('pledge-sheet');
    expect(screen.getByTestId('pledge-print-title').textContent).toBe('BẢN CAM KẾT CỦA DOANH NGHIỆP');
    expect(flat(screen.getByTestId('pledge-issuer'))).toBe('ỦY BAN NHÂN DÂNPHƯỜNG LÃM HÀ');
    expect(screen.queryByTestId('pledge-superior')).toBeNull();
    expect(screen.getByTestId('pledge-number').textContent).toBe('Số: ……');
  });

  it('says so when the pledge is missing or out of scope', async () => {
    renderPledge({ data: { pledge: null } });
    await screen.findByTestId('print-not-found');
    expect(screen.queryByTestId('pledge-sheet')).toBeNull();
  });

  it('shows the error when loading fails', async () => {
    renderPledge(apiError('INTERNAL_SERVER_ERROR'));
    expect((await screen.findByRole('alert')).textContent).toContain('Không tải được giao ước để in.');
  });
});
