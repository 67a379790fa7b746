import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { RecordConvictionDocument, type RecordConvictionMutationVariables } from '../../../gql/graphql';
import { loadJudgmentsTexts } from '../../../i18n/judgments';
import { apiError } from '../../../test/fixtures';
import {
  committeeUser,
  conviction,
  detailMock,
  dialog,
  fieldError,
  pick,
  renderFile,
  type,
} from '../casework-b-fixtures';
import { detail } from '../test-fixtures';
import { recordingMock } from '../../../test/mocks';

beforeAll(() => loadJudgmentsTexts('vi'));

const URL = '/returnees/r-duc?tab=convictions';

async function openForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận bản án' }));
  return dialog('Ghi nhận bản án');
}

async function fill(form: HTMLElement, judgmentDate: string) {
  type(within(form).getByLabelText(/Tòa án xét xử/), 'Tòa án nhân dân quận Kiến An');
  type(within(form).getByLabelText(/Số bản án/), '12/2023/HS-ST');
  type(within(form).getByLabelText(/Ngày tuyên án/), judgmentDate);
  type(within(form).getByLabelText(/Điều luật/), '173');
  type(within(form).getByLabelText(/^Chương/), '16');
  type(within(form).getByLabelText(/Tuổi khi phạm tội/), '30');
  await pick(form, /Loại tội/, 'Ít nghiêm trọng');
  await pick(form, /Hình phạt chính/, 'Tù có thời hạn');
  type(within(form).getByLabelText(/Số tháng tù/), '24');
}

describe('recording a judgment', () => {
  it('marks the empty required fields without calling the API', async () => {
    // No mock for the mutation: a call would surface as an error in the form.
    renderFile(URL, [detailMock(detail())]);
    const form = await openForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu bản án' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Vui lòng sửa các ô được đánh dấu.');
    expect(fieldError(within(form).getByLabelText(/Tòa án xét xử/))).toContain('Vui lòng nhập thông tin này');
    expect(fieldError(within(form).getByLabelText(/Ngày tuyên án/))).toContain('Vui lòng nhập thông tin này');
  });

  it('shows the API’s "in the future" next to the judgment date, in Vietnamese, and keeps what was typed', async () => {
    renderFile(URL, [
      detailMock(detail()),
      {
        request: { query: RecordConvictionDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.judgmentDate', reason: 'IN_FUTURE' }),
      },
    ]);
    const form = await openForm();
    await fill(form, '01/01/2099');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu bản án' }));

    const date = within(form).getByLabelText(/Ngày tuyên án/);
    await waitFor(() => expect(fieldError(date)).toContain('Ngày này không thể ở tương lai'));
    expect(within(form).getByRole('alert').textContent).toBe('Vui lòng sửa các ô được đánh dấu.');
    expect((within(form).getByLabelText(/Số bản án/) as HTMLInputElement).value).toBe('12/2023/HS-ST');
  });

  it('shows a reason only this form knows (months for a penalty that has none) from its own texts', async () => {
    renderFile(URL, [
      detailMock(detail()),
      {
        request: { query: RecordConvictionDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.prisonMonths', reason: 'NOT_APPLICABLE' }),
      },
    ]);
    const form = await openForm();
    await fill(form, '10/05/2023');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu bản án' }));
    await waitFor(() =>
      expect(fieldError(within(form).getByLabelText(/Số tháng tù/))).toContain('Chỉ nhập với hình phạt tù có thời hạn'),
    );
  });

  it('sends the judgment, closes, and shows it with the forecast the API recomputed', async () => {
    const sent: RecordConvictionMutationVariables[] = [];
    const after = detail({
      convictions: [{ ...conviction, id: 'conv-2', judgmentNumber: '12/2023/HS-ST', judgmentDate: '2023-05-10' }],
      expungementForecast: {
        __typename: 'ExpungementForecast',
        route: 'AUTOMATIC',
        waitingMonths: 24,
        eligibleOn: '2027-05-10',
        blockers: [],
        explanation: ['AUTOMATIC_PERIOD'],
      },
    } as never);
    renderFile(URL, [
      detailMock(detail()),
      recordingMock(RecordConvictionDocument, sent, {
        data: { recordConviction: { __typename: 'Conviction', id: 'conv-2' } },
      }),
      // The file is read again: the forecast is the API's to compute.
      detailMock(after),
    ]);
    const form = await openForm();
    await fill(form, '10/05/2023');
    const submit = within(form).getByRole('button', { name: 'Lưu bản án' });
    fireEvent.click(submit);
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(true));

    expect((await screen.findByTestId('judgment-saved')).textContent).toContain('Đã ghi nhận bản án');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent[0]?.input).toEqual({
      returneeId: 'r-duc',
      court: 'Tòa án nhân dân quận Kiến An',
      judgmentNumber: '12/2023/HS-ST',
      judgmentDate: '2023-05-10',
      penalCodeArticle: '173',
      penalCodeChapter: 16,
      severity: 'LESS_SERIOUS',
      intentional: true,
      ageAtOffence: 30,
      mainPenalty: 'FIXED_TERM_IMPRISONMENT',
      prisonMonths: 24,
      mainPenaltyCompletedOn: null,
    });
    expect(screen.getByTestId('conviction-list').textContent).toContain('Bản án số 12/2023/HS-ST ngày 10/05/2023');
    expect(screen.getByTestId('forecast').textContent).toContain('10/05/2027');

    fireEvent.click(screen.getByRole('tab', { name: 'Diễn biến' }));
    const judgment = (await screen.findAllByTestId('timeline-entry')).find(
      (e) => e.getAttribute('data-kind') === 'conviction',
    );
    expect(judgment?.textContent).toContain('Bản án số 12/2023/HS-ST – Tòa án nhân dân quận Kiến An');
    expect(judgment?.textContent).toContain('10/05/2023');
  });

  it('is not offered to a committee member', async () => {
    renderFile(URL, [detailMock(detail({ convictions: [conviction] } as never))], committeeUser);
    await screen.findByTestId('conviction-list');
    expect(screen.queryByRole('button', { name: 'Ghi nhận bản án' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm nghĩa vụ theo bản án' })).toBeNull();
  });
});
