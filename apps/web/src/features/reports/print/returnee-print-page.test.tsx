import { Role } from '@hoanhap/shared';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReturneePrintDocument } from '../../../gql/graphql';
import { loadPrintTexts } from '../../../i18n/print';
import { officer } from '../../../test/fixtures';
import { CONVICTION, type Person, person } from '../../../test/print-fixtures';
import { renderWithApp } from '../../../test/render';
import ReturneePrintPage from './returnee-print-page';

const committeeUser = { ...officer, id: 'user-committee', role: Role.COMMITTEE };

function renderSheet(user: typeof officer, returnee: Person) {
  return renderWithApp(<ReturneePrintPage />, {
    url: '/print/returnees/r1',
    path: '/print/returnees/:id',
    user,
    mocks: [{ request: { query: ReturneePrintDocument, variables: { id: 'r1' } }, result: { data: { returnee } } }],
  });
}

beforeAll(async () => {
  await loadPrintTexts('vi');
});

describe('the printed information sheet', () => {
  it('prints convictions and the citizen ID the API gave an officer', async () => {
    renderSheet(
      officer,
      person({
        citizenId: '031090001234',
        convictions: [CONVICTION],
        currentClassification: {
          __typename: 'Classification',
          id: 'cl1',
          group: 'B',
          periodStart: '2023-06-16',
          periodEnd: null,
        } as Person['currentClassification'],
      }),
    );
    const sheet = await screen.findByTestId('returnee-sheet');
    expect(screen.getByTestId('returnee-print-title').textContent).toBe(
      'PHIẾU THÔNG TIN NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ, NGƯỜI ĐƯỢC ĐẶC XÁ (Mẫu HCD-02)',
    );
    expect(sheet.textContent).toContain('031090001234');
    expect(screen.getByTestId('convictions').textContent).toContain('Bản án số 12/2019/HSST ngày 04/03/2019');
    expect(sheet.textContent).not.toContain('không hiển thị');
    expect(sheet.textContent).toContain('Chợ Lãm Hà');
    // A classification still running has no end date to print.
    expect(sheet.textContent).toContain('Xếp loại hiện tại:Loại B, từ 16/06/2023');
    expect(sheet.textContent).not.toContain('đến —');
  });

  it('prints a parolee’s decision number and the court route’s wording (Penal Code art. 71) in the official terms', async () => {
    renderSheet(
      officer,
      person({
        citizenId: '031090001234',
        convictions: [CONVICTION],
        releases: [
          {
            __typename: 'Release',
            id: 'rl1',
            type: 'PAROLE',
            prison: 'Trại giam Xuân Nguyên',
            releasedOn: '2023-05-27',
            certificateNumber: '15/2023/QĐ-TA',
            probationEndsOn: '2023-11-30',
          },
        ] as unknown as Person['releases'],
        expungementForecast: {
          route: 'COURT_DECISION',
          waitingMonths: 36,
          eligibleOn: '2026-11-30',
          blockers: [],
          explanation: ['COURT_PERIOD'],
        } as unknown as Person['expungementForecast'],
      }),
    );
    const sheet = await screen.findByTestId('returnee-sheet');
    expect(sheet.textContent).toContain('Số định danh cá nhân:031090001234');
    expect(sheet.textContent).toContain('Giấy chứng nhận / quyết định:');
    expect(sheet.textContent).toContain('giấy chứng nhận / quyết định số 15/2023/QĐ-TA');
    expect(sheet.textContent).toContain('Dự kiến đủ điều kiện đề nghị Tòa án xóa án tích:30/11/2026');
    expect(sheet.textContent).toContain('Điều 71 khoản 2');
    expect(sheet.textContent).not.toContain('CCCD');
  });

  it('marks the sensitive parts as not shown to a committee user the API gave none', async () => {
    renderSheet(committeeUser, person());
    const sheet = await screen.findByTestId('returnee-sheet');
    expect(screen.getByTestId('convictions-hidden').textContent).toBe('— (không hiển thị)');
    expect(screen.getByTestId('forecast-hidden').textContent).toBe('— (không hiển thị)');
    expect(sheet.textContent).toContain('Số định danh cá nhân:— (không hiển thị)');
    expect(screen.getByText(/Một số thông tin nhạy cảm không được in/)).toBeTruthy();
  });
});
