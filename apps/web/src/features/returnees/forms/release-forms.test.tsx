import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RecordReleaseNoticeDocument,
  type RecordReleaseNoticeMutationVariables,
  VerifyReleaseAddressDocument,
} from '../../../gql/graphql';
import { loadJudgmentsTexts } from '../../../i18n/judgments';
import { apiError } from '../../../test/fixtures';
import { detailMock, dialog, fieldError, renderFile, type } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';
import { CaseStatus } from '@hoanhap/shared';
import { recordingMock } from '../../../test/mocks';

beforeAll(() => loadJudgmentsTexts('vi'));

const URL = '/returnees/r-duc?tab=release';
const notified = () =>
  detail({
    status: CaseStatus.NOTIFIED,
    allowedTransitions: [CaseStatus.AWAITING_REPORT, CaseStatus.CLOSED],
    releases: [],
    returnedOn: null,
  });
const notice = {
  __typename: 'ReleaseNotice' as const,
  id: 'notice-1',
  prison: 'Trại giam Xuân Nguyên',
  receivedOn: '2024-03-04',
  expectedReleaseOn: '2024-04-01',
  statedAddress: 'Số 12 ngõ 3, phường Lãm Hà',
  verificationDueOn: '2024-03-07',
  verificationResult: null,
  verifiedOn: null,
};

describe('the prison’s notice', () => {
  it('is offered only while the case is NOTIFIED', async () => {
    renderFile(URL, [detailMock(detail())]);
    await screen.findByTestId('release-certificate');
    expect(screen.queryByRole('button', { name: 'Ghi nhận thông báo của trại giam' })).toBeNull();
    expect(screen.getByTestId('release-certificate').textContent).toContain('Trại giam Xuân Nguyên');
  });

  it('shows "before the start" next to the expected release day', async () => {
    renderFile(URL, [
      detailMock(notified()),
      {
        request: { query: RecordReleaseNoticeDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.expectedReleaseOn', reason: 'BEFORE_START' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận thông báo của trại giam' }));
    const form = await dialog('Ghi nhận thông báo của trại giam');
    type(within(form).getByLabelText(/^Trại giam/), 'Trại giam Xuân Nguyên');
    type(within(form).getByLabelText(/Ngày dự kiến ra trại/), '01/01/2020');
    type(within(form).getByLabelText(/Nơi cư trú/), 'Số 12 ngõ 3, phường Lãm Hà');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thông báo' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Ngày dự kiến ra trại/))).toContain('Không thể trước ngày bắt đầu'),
    );
  });

  it('records the notice, closes and shows it with its 3-working-day verification deadline', async () => {
    const sent: RecordReleaseNoticeMutationVariables[] = [];
    renderFile(URL, [
      detailMock(notified()),
      recordingMock(RecordReleaseNoticeDocument, sent, {
        data: { recordReleaseNotice: { __typename: 'ReleaseNotice', id: 'notice-1' } },
      }),
      detailMock({ ...notified(), releaseNotices: [notice] } as never),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận thông báo của trại giam' }));
    const form = await dialog('Ghi nhận thông báo của trại giam');
    type(within(form).getByLabelText(/^Trại giam/), 'Trại giam Xuân Nguyên');
    type(within(form).getByLabelText(/Ngày nhận thông báo/), '04/03/2024');
    type(within(form).getByLabelText(/Nơi cư trú/), 'Số 12 ngõ 3, phường Lãm Hà');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thông báo' }));

    const shown = await screen.findByTestId('release-notice');
    // The dialog closes once the file is read again (its closing transition may end after the data).
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[0]?.input).toEqual({
      returneeId: 'r-duc',
      receivedOn: '2024-03-04',
      prison: 'Trại giam Xuân Nguyên',
      expectedReleaseOn: null,
      statedAddress: 'Số 12 ngõ 3, phường Lãm Hà',
    });
    expect(shown.textContent).toContain('Hạn xác minh nơi cư trú07/03/2024');
    expect(shown.textContent).toContain('Đã quá hạn xác minh');
    expect(screen.getByRole('status').textContent).toContain('Đã ghi nhận thông báo');
  });
});

describe('the release and reception as recorded', () => {
  it('shows the receiving officer and whether the person reported in within the deadline', async () => {
    const received = detail({
      receptions: [
        {
          __typename: 'Reception',
          id: 'reception-1',
          receivedOn: '2024-02-05',
          meetingRecordNumber: '05/BB',
          pledgeSigned: true,
          informationSheetDone: false,
          needs: ['Việc làm'],
          officer: { __typename: 'User', id: 'user-officer', displayName: 'Cán bộ Công an phường Lãm Hà' },
        },
      ],
    } as never);
    renderFile(URL, [detailMock(received)]);
    const reception = await screen.findByTestId('reception');
    // Released 20/01/2024 in full; the ward's report-in setting is 10 days: due 30/01/2024.
    expect(reception.textContent).toContain('Quá thời hạn');
    expect(reception.textContent).toContain('Thời hạn trình diện30/01/2024');
    expect(reception.textContent).toContain('Cán bộ tiếp nhậnCán bộ Công an phường Lãm Hà');
    expect(reception.textContent).toContain('Phiếu thông tin (HCD-02)Chưa có');
    expect(screen.getByTestId('release-certificate').textContent).toContain('Hạn trình diện30/01/2024');
  });
});

describe('verifying the stated address', () => {
  it('explains a verification someone else recorded first and keeps the form', async () => {
    renderFile(URL, [
      detailMock({ ...notified(), releaseNotices: [notice] } as never),
      {
        request: { query: VerifyReleaseAddressDocument, variables: () => true },
        result: apiError('CONFLICT', { reason: 'ALREADY_VERIFIED' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi kết quả xác minh' }));
    const form = await dialog('Kết quả xác minh nơi cư trú');
    fireEvent.click(within(form).getByLabelText('Địa chỉ đúng'));
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu kết quả' }));

    const conflict = await dialog('Hồ sơ vừa thay đổi');
    expect(conflict.textContent).toContain('đã được người khác xác minh');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Quay lại biểu mẫu' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hồ sơ vừa thay đổi' })).toBeNull());
    expect((within(form).getByLabelText('Địa chỉ đúng') as HTMLInputElement).checked).toBe(true);
  });

  it('asks for the result before sending', async () => {
    renderFile(URL, [detailMock({ ...notified(), releaseNotices: [notice] } as never)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi kết quả xác minh' }));
    const form = await dialog('Kết quả xác minh nơi cư trú');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu kết quả' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Vui lòng sửa các ô được đánh dấu.');
    expect(within(form).getByText('Vui lòng nhập thông tin này')).toBeTruthy();
  });
});
