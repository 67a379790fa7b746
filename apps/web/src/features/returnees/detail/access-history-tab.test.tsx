import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReturneeAccessHistoryDocument } from '../../../gql/graphql';
import { loadJudgmentsTexts } from '../../../i18n/judgments';
import { officer } from '../../../test/fixtures';
import { committeeUser, detailMock, renderFile } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';

beforeAll(() => loadJudgmentsTexts('vi'));

const event = (id: string, action: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'AuditEvent' as const,
  id,
  occurredAt: '2024-05-10T03:15:00.000Z',
  action,
  objectType: 'Returnee',
  fields: [],
  actorRole: 'OFFICER',
  purpose: null,
  actor: { __typename: 'User' as const, id: officer.id, displayName: officer.displayName },
  ...extra,
});

const historyMock = (accessHistory: unknown[]) => ({
  request: { query: ReturneeAccessHistoryDocument, variables: { id: 'r-duc' } },
  result: { data: { returnee: { __typename: 'Returnee', id: 'r-duc', accessHistory } } },
});

describe('the access history of a case file', () => {
  it('shows the officer who opened the file, saw or changed it, when and why', async () => {
    const history = [
      event('3', 'read:returnee'),
      event('2', 'revealSensitive', {
        objectType: 'SensitiveReveal',
        actorRole: 'COMMITTEE',
        purpose: 'Xét đề nghị hỗ trợ vốn vay tháng 11',
        actor: { __typename: 'User', id: committeeUser.id, displayName: committeeUser.displayName },
      }),
      event('1', 'updateReturnee', { fields: ['residentialGroup'] }),
    ];
    renderFile('/returnees/r-duc', [detailMock(detail()), historyMock(history)]);
    fireEvent.click(await screen.findByRole('tab', { name: 'Lịch sử truy cập' }));
    const rows = within(await screen.findByTestId('access-history')).getAllByTestId('access-event');
    expect(rows.map((r) => r.textContent)).toEqual([
      `10:15 10/05/2024${officer.displayName}Cán bộ công an phụ tráchMở hồ sơ—`,
      '10:15 10/05/2024Phạm Thị LanBan Chỉ đạo / UBNDNêu mục đích để xem thông tin nhạy cảmXét đề nghị hỗ trợ vốn vay tháng 11',
      `10:15 10/05/2024${officer.displayName}Cán bộ công an phụ tráchSửa thông tin cá nhânTrường: residentialGroup`,
    ]);
  });

  it('says so when nothing is recorded yet', async () => {
    renderFile('/returnees/r-duc?tab=access', [detailMock(detail()), historyMock([])]);
    expect(await screen.findByText('Chưa có lượt truy cập nào được ghi lại.')).toBeTruthy();
  });

  it('says in Vietnamese when it cannot be loaded', async () => {
    renderFile('/returnees/r-duc?tab=access', [
      detailMock(detail()),
      {
        request: { query: ReturneeAccessHistoryDocument, variables: { id: 'r-duc' } },
        error: new TypeError('offline'),
      },
    ]);
    expect(await screen.findByText('Không tải được hồ sơ.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });

  it('is not offered to other roles, even through the URL', async () => {
    renderFile('/returnees/r-duc?tab=access', [detailMock(detail())], committeeUser);
    await screen.findByTestId('timeline');
    expect(screen.queryByRole('tab', { name: 'Lịch sử truy cập' })).toBeNull();
    expect(screen.queryByTestId('access-history')).toBeNull();
  });
});
