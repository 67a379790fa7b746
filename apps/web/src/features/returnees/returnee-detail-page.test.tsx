import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseworkTexts } from '../../i18n/casework';
import {
  RecordContactDocument,
  ReturneeDetailDocument,
  UpdateReturneeDocument,
  type RecordContactMutationVariables,
  type UpdateReturneeMutationVariables,
} from '../../gql/graphql';
import { apiError, officer } from '../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../test/render';
import ReturneeDetailPage from './returnee-detail-page';
import { detail, helperUser } from './test-fixtures';
import { loadJudgmentsTexts } from '../../i18n/judgments';
import { CASE_FILE_CONTACTS, CaseStatus } from '@hoanhap/shared';

// The case file's tabs and forms name themselves from lazily loaded texts.
beforeAll(() => Promise.all([loadCaseworkTexts('vi'), loadJudgmentsTexts('vi')]));
const detailMock = (returnee: ReturnType<typeof detail> | null, id = 'r-duc') => ({
  request: { query: ReturneeDetailDocument, variables: { id } },
  result: { data: { returnee } },
});

function renderDetail(url: string, mocks: RenderOptions['mocks'], user = officer) {
  return renderWithApp(<ReturneeDetailPage />, { mocks, url, path: '/returnees/:id', user });
}

describe('the contacts of a case file', () => {
  // n copies of the fixture's one contact.
  const contacts = (n: number) =>
    detail().contacts.flatMap((contact) => Array.from({ length: n }, (_, i) => ({ ...contact, id: `contact-${i}` })));

  it('says when the API sent only the newest contacts', async () => {
    renderDetail('/returnees/r-duc?tab=contacts', [detailMock(detail({ contacts: contacts(CASE_FILE_CONTACTS) }))]);
    const note = await screen.findByTestId('contacts-older-not-shown');
    expect(note.textContent).toBe(`Hiển thị ${CASE_FILE_CONTACTS} lần gặp gần nhất; các lần cũ hơn không hiện ở đây.`);
  });

  it('says nothing of older contacts when every one is shown', async () => {
    renderDetail('/returnees/r-duc?tab=contacts', [detailMock(detail({ contacts: contacts(3) }))]);
    expect(within(await screen.findByTestId('contact-list')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByTestId('contacts-older-not-shown')).toBeNull();
  });
});

describe('the contact form on a case file', () => {
  it('shows the API’s reason next to the date it blames, in Vietnamese', async () => {
    renderDetail('/returnees/r-duc?tab=contacts', [
      detailMock(detail()),
      {
        request: { query: RecordContactDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.contactedOn', reason: 'IN_FUTURE' }),
      },
    ]);
    const form = await screen.findByTestId('contact-form');

    fireEvent.click(within(form).getByRole('button', { name: 'Lưu lần gặp' }));

    const dateInput = await within(form).findByLabelText(/Ngày gặp/);
    await waitFor(() => expect(dateInput.getAttribute('aria-invalid')).toBe('true'));
    const described = dateInput.getAttribute('aria-describedby') ?? '';
    const message = described
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(message).toContain('Ngày này không thể ở tương lai');
    expect(within(form).getByRole('alert').textContent).toBe('Vui lòng sửa các ô được đánh dấu.');
  });

  it('falls back to a generic message for a reason it has no text for', async () => {
    renderDetail('/returnees/r-duc?tab=contacts', [
      detailMock(detail()),
      {
        request: { query: RecordContactDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.notes', reason: 'SOMETHING_NEW' }),
      },
    ]);
    const form = await screen.findByTestId('contact-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu lần gặp' }));
    expect(await within(form).findByText('Giá trị không hợp lệ')).toBeTruthy();
  });

  it('puts a saved contact on the timeline from the cache, without reloading the file', async () => {
    const sent: RecordContactMutationVariables[] = [];
    renderDetail('/returnees/r-duc?tab=contacts', [
      // Only one answer for the file: a reload would fail the test.
      detailMock(detail()),
      {
        request: {
          query: RecordContactDocument,
          variables: (variables: RecordContactMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            recordContact: {
              __typename: 'Contact',
              id: 'contact-2',
              contactedOn: '2024-04-02',
              channel: 'HOME_VISIT',
              notes: 'Thăm nhà, động viên đi học nghề',
              nextAction: 'Giới thiệu lớp hàn',
              createdAt: '2024-04-02T03:00:00.000Z',
              recordedBy: { __typename: 'User', id: officer.id, displayName: officer.displayName },
            },
          },
        },
      },
    ]);
    const form = await screen.findByTestId('contact-form');
    fireEvent.change(within(form).getByLabelText(/Nội dung/), { target: { value: 'Thăm nhà, động viên đi học nghề' } });
    fireEvent.change(within(form).getByLabelText(/Việc tiếp theo/), { target: { value: 'Giới thiệu lớp hàn' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu lần gặp' }));

    expect(await within(form).findByText('Đã ghi nhận lần gặp.')).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({
      returneeId: 'r-duc',
      channel: 'HOME_VISIT',
      notes: 'Thăm nhà, động viên đi học nghề',
      nextAction: 'Giới thiệu lớp hàn',
    });
    expect(within(screen.getByTestId('contact-list')).getAllByRole('listitem')).toHaveLength(2);

    fireEvent.click(screen.getByRole('tab', { name: 'Diễn biến' }));
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries[0]?.textContent).toContain('Gặp gỡ: Đến thăm tại nhà');
    expect(entries[0]?.textContent).toContain('02/04/2024');
    expect(entries[0]?.textContent).toContain('Thăm nhà, động viên đi học nghề');
    expect(entries.map((e) => e.getAttribute('data-kind'))).toEqual(['contact', 'contact', 'release']);
  });
});

describe('editing the profile when someone else saved first', () => {
  it('offers to reload and re-apply, keeping both edits, then saves with the new version', async () => {
    const updates: UpdateReturneeMutationVariables[] = [];
    const theirs = detail({ version: 3, residentialGroup: 'Tổ 7' });
    renderDetail('/returnees/r-duc?tab=profile', [
      detailMock(detail()),
      {
        request: {
          query: UpdateReturneeDocument,
          variables: (v: UpdateReturneeMutationVariables) => {
            updates.push(v);
            return v.input.version === 2;
          },
        },
        result: apiError('CONFLICT', { currentVersion: 3 }),
      },
      detailMock(theirs),
      {
        request: {
          query: UpdateReturneeDocument,
          variables: (v: UpdateReturneeMutationVariables) => {
            updates.push(v);
            return v.input.version === 3;
          },
        },
        result: {
          data: {
            updateReturnee: {
              ...theirs,
              version: 4,
              currentAddress: 'Số 40 đường Trần Thành Ngọ',
            },
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Sửa thông tin' }));
    fireEvent.change(screen.getByLabelText('Nơi ở hiện nay'), { target: { value: 'Số 40 đường Trần Thành Ngọ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Hồ sơ vừa được người khác cập nhật');
    expect(updates[0]?.input).toEqual({ id: 'r-duc', version: 2, currentAddress: 'Số 40 đường Trần Thành Ngọ' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tải bản mới nhất và áp dụng lại' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByTestId('profile-notice').textContent).toContain('áp dụng lại thay đổi của bạn');
    // Their change and mine, together.
    expect((screen.getByLabelText('Tổ dân phố') as HTMLInputElement).value).toBe('Tổ 7');
    expect((screen.getByLabelText('Nơi ở hiện nay') as HTMLInputElement).value).toBe('Số 40 đường Trần Thành Ngọ');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByTestId('profile-view');
    expect(updates.at(-1)?.input).toEqual({ id: 'r-duc', version: 3, currentAddress: 'Số 40 đường Trần Thành Ngọ' });
    expect(screen.getByTestId('profile-currentAddress').textContent).toBe('Số 40 đường Trần Thành Ngọ');
    expect(screen.getByTestId('profile-residentialGroup').textContent).toBe('Tổ 7');
  });
});

describe('the case file for other roles and other ids', () => {
  it('explains that a helper does not see convictions, and offers no lifecycle action', async () => {
    renderDetail(
      '/returnees/r-duc?tab=convictions',
      [detailMock(detail({ citizenId: null, allowedTransitions: [CaseStatus.CLOSED] }))],
      helperUser,
    );
    expect((await screen.findByTestId('convictions-hidden')).textContent).toContain('không được xem thông tin bản án');
    expect(screen.queryByTestId('lifecycle-actions')).toBeNull();
  });

  it('offers only the steps the API allows', async () => {
    renderDetail('/returnees/r-duc', [
      detailMock(detail({ allowedTransitions: [CaseStatus.ELIGIBLE_FOR_EXPUNGEMENT, CaseStatus.CLOSED] })),
    ]);
    const actions = await screen.findByTestId('lifecycle-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Kết thúc hồ sơ']);
  });

  it('shows a not-found page when the API answers null', async () => {
    renderDetail('/returnees/unknown', [detailMock(null, 'unknown')]);
    expect((await screen.findByTestId('returnee-not-found')).textContent).toContain('Không tìm thấy hồ sơ');
  });
});

describe('a record merged into another one', () => {
  it('opens the kept record, keeping the tab, and says the record was merged into it', async () => {
    // The API answers the absorbed id with the kept person (docs/api.md).
    renderDetail('/returnees/r-old?tab=contacts', [detailMock(detail(), 'r-old'), detailMock(detail())]);
    expect((await screen.findByTestId('returnee-notice')).textContent).toBe('Hồ sơ bạn mở đã được gộp vào hồ sơ này.');
    expect(await screen.findByTestId('contact-list')).toBeTruthy();
  });

  it('offers the merge to the officer, not to a helper', async () => {
    renderDetail('/returnees/r-duc', [detailMock(detail())]);
    expect(await screen.findByTestId('merge-open')).toBeTruthy();
    cleanup();
    renderDetail('/returnees/r-duc', [detailMock(detail())], helperUser);
    await screen.findByTestId('returnee-name');
    expect(screen.queryByTestId('merge-open')).toBeNull();
  });
});
