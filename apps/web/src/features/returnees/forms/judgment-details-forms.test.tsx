import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RecordObligationDocument,
  type RecordObligationMutationVariables,
  RecordSupplementaryPenaltyDocument,
  SettleObligationDocument,
} from '../../../gql/graphql';
import { loadJudgmentsTexts } from '../../../i18n/judgments';
import { apiError } from '../../../test/fixtures';
import { conviction, detailMock, dialog, fieldError, pick, renderFile, type } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';
import { recordingMock } from '../../../test/mocks';

beforeAll(() => loadJudgmentsTexts('vi'));

const URL = '/returnees/r-duc?tab=convictions';
const unsettled = {
  __typename: 'Obligation' as const,
  id: 'obl-1',
  kind: 'COURT_FEE' as const,
  amountVnd: '200000',
  settledOn: null,
};
const withConviction = (extra: Partial<typeof conviction> = {}) =>
  detail({ convictions: [{ ...conviction, ...extra }] } as never);

describe('a supplementary penalty of a judgment', () => {
  it('shows "before the judgment" next to the start date', async () => {
    renderFile(URL, [
      detailMock(withConviction()),
      {
        request: { query: RecordSupplementaryPenaltyDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.startsOn', reason: 'BEFORE_JUDGMENT' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm hình phạt bổ sung' }));
    const form = await dialog('Thêm hình phạt bổ sung');
    await pick(form, /Loại hình phạt bổ sung/, 'Quản chế');
    type(within(form).getByLabelText(/Từ ngày/), '01/01/2020');
    type(within(form).getByLabelText(/Đến ngày/), '01/01/2022');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu hình phạt bổ sung' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Từ ngày/))).toContain('Không thể trước ngày tuyên án'),
    );
  });
});

describe('a civil obligation of a judgment', () => {
  it('refuses an amount that is not whole đồng before sending', async () => {
    renderFile(URL, [detailMock(withConviction())]);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm nghĩa vụ theo bản án' }));
    const form = await dialog('Thêm nghĩa vụ theo bản án');
    await pick(form, /Loại nghĩa vụ/, 'Án phí');
    type(within(form).getByLabelText(/Số tiền/), '2,5 triệu');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu nghĩa vụ' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Số tiền/))).toContain('Số tiền phải là số nguyên đồng'),
    );
  });

  it('sends the amount as digits, closes and shows the unsettled obligation with a way to settle it', async () => {
    const sent: RecordObligationMutationVariables[] = [];
    renderFile(URL, [
      detailMock(withConviction()),
      recordingMock(RecordObligationDocument, sent, {
        data: { recordObligation: { __typename: 'Obligation', id: 'obl-1' } },
      }),
      detailMock(withConviction({ obligations: [unsettled] as never })),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm nghĩa vụ theo bản án' }));
    const form = await dialog('Thêm nghĩa vụ theo bản án');
    await pick(form, /Loại nghĩa vụ/, 'Án phí');
    type(within(form).getByLabelText(/Số tiền/), '200.000');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu nghĩa vụ' }));

    expect((await screen.findByTestId('judgment-saved')).textContent).toBe('Đã ghi nhận nghĩa vụ theo bản án.');
    expect(sent[0]?.input).toEqual({ convictionId: 'conv-1', kind: 'COURT_FEE', amountVnd: '200000', settledOn: null });
    expect(screen.getByTestId('conviction-list').textContent).toContain('Chưa thực hiện');
    expect(screen.getByRole('button', { name: 'Ghi nhận đã thực hiện xong' })).toBeTruthy();
  });

  it('shows "already settled" on the date when someone settled it first', async () => {
    renderFile(URL, [
      detailMock(withConviction({ obligations: [unsettled] as never })),
      {
        request: { query: SettleObligationDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.obligationId', reason: 'ALREADY_SETTLED' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận đã thực hiện xong' }));
    const form = await dialog('Nghĩa vụ đã thực hiện xong');
    fireEvent.click(within(form).getByRole('button', { name: 'Xác nhận đã thực hiện xong' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Ngày thực hiện xong/))).toContain(
        'Nghĩa vụ này đã được ghi nhận là đã thực hiện xong',
      ),
    );
  });
});
