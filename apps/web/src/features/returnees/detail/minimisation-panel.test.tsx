import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlaceLegalHoldDocument, ReleaseLegalHoldDocument, ReturneeMinimisationDocument } from '../../../gql/graphql';
import { loadJudgmentsTexts } from '../../../i18n/judgments';
import { detailMock, renderFile, type } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';

beforeAll(() => loadJudgmentsTexts('vi'));

const CATEGORIES = ['CONVICTIONS', 'INCIDENTS', 'CONTACT_NOTES', 'DOCUMENT_FILES'];
const state = (status: string, hold: { reason: string; placedAt: string } | null = null) => ({
  __typename: 'Minimisation' as const,
  status,
  dueOn: '2024-05-25',
  minimisedAt: null,
  categories: CATEGORIES,
  hold: hold && { __typename: 'LegalHold' as const, ...hold },
});
const readMock = (minimisation: unknown) => ({
  request: { query: ReturneeMinimisationDocument, variables: { id: 'r-duc' } },
  result: { data: { returnee: { __typename: 'Returnee', id: 'r-duc', minimisation } } },
});
const REASON = 'Đang có vụ án liên quan (TB 12/2026)';
const HELD = state('HELD', { reason: REASON, placedAt: '2024-05-10T03:15:00.000Z' });

describe('the data minimisation panel on a person’s page', () => {
  it('tells the officer what will be minimised and when, and holds it with a reason', async () => {
    renderFile('/returnees/r-duc?tab=profile', [
      detailMock(detail()),
      readMock(state('SCHEDULED')),
      {
        request: { query: PlaceLegalHoldDocument, variables: { input: { returneeId: 'r-duc', reason: REASON } } },
        result: { data: { placeLegalHold: HELD } },
      },
      {
        request: { query: ReleaseLegalHoldDocument, variables: { input: { returneeId: 'r-duc' } } },
        result: { data: { releaseLegalHold: state('SCHEDULED') } },
      },
    ]);
    expect(await screen.findByText('Giảm thiểu dữ liệu')).toBeTruthy();
    expect(screen.getByTestId('minimisation-status').textContent).toBe('Đã lên lịch giảm thiểu');
    expect(screen.getByTestId('minimisation-when').textContent).toBe(
      'Các thông tin nhạy cảm dưới đây sẽ được xóa vào ngày 25/05/2024.',
    );
    expect(screen.getByTestId('minimisation-categories').textContent).toContain('Nội dung các lần gặp gỡ');

    // Too short a reason is refused before it reaches the API.
    const reason = screen.getByLabelText('Lý do lưu giữ');
    type(reason, 'ngắn');
    fireEvent.click(screen.getByRole('button', { name: 'Tạm dừng giảm thiểu' }));
    expect(await screen.findByText('Cần nêu rõ lý do (ít nhất 10 ký tự)')).toBeTruthy();

    type(reason, REASON);
    fireEvent.click(screen.getByRole('button', { name: 'Tạm dừng giảm thiểu' }));
    await waitFor(() =>
      expect(screen.getByTestId('minimisation-status').textContent).toBe('Tạm dừng do lưu giữ theo yêu cầu pháp lý'),
    );
    expect(screen.getByTestId('minimisation-hold').textContent).toContain(REASON);

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lưu giữ' }));
    await waitFor(() => expect(screen.getByTestId('minimisation-status').textContent).toBe('Đã lên lịch giảm thiểu'));
  });

  it('says when the data was minimised, with nothing left to hold', async () => {
    renderFile('/returnees/r-duc?tab=profile', [
      detailMock(detail()),
      readMock({ ...state('DONE'), dueOn: null, minimisedAt: '2024-06-01T19:30:00.000Z' }),
    ]);
    expect(await screen.findByText('Đã giảm thiểu lúc 02:30 02/06/2024.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạm dừng giảm thiểu' })).toBeNull();
    expect(screen.queryByTestId('minimisation-categories')).toBeNull();
  });
});
