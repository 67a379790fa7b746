import { UnitLevel, CaseStatus } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { TransferCaseDocument, type TransferCaseMutationVariables, UnitsDocument } from '../../../gql/graphql';
import { loadJudgmentsTexts } from '../../../i18n/judgments';
import { apiError, lamHa } from '../../../test/fixtures';
import { detailMock, dialog, fieldError, pick, renderFile } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';
import { transferTargets } from './transfer-form';
import { recordingMock } from '../../../test/mocks';

beforeAll(() => loadJudgmentsTexts('vi'));

const unit = (id: string, code: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'AdministrativeUnit' as const,
  id,
  code,
  name,
  level: UnitLevel.WARD,
  validFrom: null,
  validTo: null,
  parent: null,
  successor: null,
  ...extra,
});
const UNITS = [
  unit('u-city', 'hai-phong', 'Thành phố Hải Phòng', { level: UnitLevel.PROVINCE }),
  unit(lamHa.id, lamHa.code, lamHa.name),
  unit('u-van-dau', 'van-dau', 'Phường Văn Đẩu'),
  unit('u-old', 'quan-tru', 'Phường Quán Trữ', { validTo: '2024-12-31' }),
];
const unitsMock = { request: { query: UnitsDocument }, result: { data: { units: UNITS } } };

async function openTransfer() {
  fireEvent.click(await screen.findByRole('button', { name: 'Chuyển nơi cư trú' }));
  return dialog('Chuyển hồ sơ đến nơi cư trú mới');
}

describe('handing a case over to another ward', () => {
  it('offers current wards in scope other than the person’s own', () => {
    expect(transferTargets(UNITS as never, lamHa.id, '2026-01-01').map((u) => u.code)).toEqual(['van-dau']);
  });

  it('explains what happens, and shows an unknown code next to the code field', async () => {
    renderFile('/returnees/r-duc', [
      detailMock(detail()),
      unitsMock,
      {
        request: { query: TransferCaseDocument, variables: () => true },
        result: apiError('NOT_FOUND'),
      },
    ]);
    const form = await openTransfer();
    expect(form.textContent).toContain('người giúp đỡ của địa bàn hiện nay kết thúc phân công');
    expect(form.textContent).toContain('các việc cần làm chưa xong chuyển sang đơn vị nhận');
    fireEvent.change(within(form).getByLabelText(/Mã đơn vị nhận/), { target: { value: 'khong-co' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển hồ sơ' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Mã đơn vị nhận/))).toContain('Không tìm thấy đơn vị có mã này'),
    );
  });

  it('shows "already in that unit" from its own texts', async () => {
    renderFile('/returnees/r-duc', [
      detailMock(detail()),
      unitsMock,
      {
        request: { query: TransferCaseDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.toUnitCode', reason: 'SAME_UNIT' }),
      },
    ]);
    const form = await openTransfer();
    fireEvent.change(within(form).getByLabelText(/Mã đơn vị nhận/), { target: { value: lamHa.code } });
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển hồ sơ' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Mã đơn vị nhận/))).toContain('Người này đang thuộc đơn vị đó'),
    );
  });

  it('hands over to a unit picked in scope, then goes back to the list saying so', async () => {
    const sent: TransferCaseMutationVariables[] = [];
    renderFile('/returnees/r-duc', [
      detailMock(detail()),
      unitsMock,
      recordingMock(TransferCaseDocument, sent, { data: { transferCase: { __typename: 'Returnee', id: 'r-duc' } } }),
    ]);
    const form = await openTransfer();
    await pick(form, /Đơn vị trong phạm vi/, 'Phường Văn Đẩu (van-dau)');
    expect((within(form).getByLabelText(/Mã đơn vị nhận/) as HTMLInputElement).value).toBe('van-dau');
    fireEvent.change(within(form).getByLabelText(/Lý do chuyển/), { target: { value: 'Chuyển về ở với gia đình' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển hồ sơ' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/returnees'));
    expect(sent[0]?.input).toMatchObject({
      returneeId: 'r-duc',
      toUnitCode: 'van-dau',
      reason: 'Chuyển về ở với gia đình',
    });
  });

  it('is not offered for a closed case', async () => {
    renderFile('/returnees/r-duc', [
      detailMock(detail({ status: CaseStatus.CLOSED, allowedTransitions: [CaseStatus.UNDER_SUPPORT] })),
    ]);
    await screen.findByTestId('lifecycle-actions');
    expect(screen.queryByRole('button', { name: 'Chuyển nơi cư trú' })).toBeNull();
  });
});
