import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EndUserSessionsDocument } from '../../gql/graphql';
import { loadAdminTexts } from '../../i18n/admin';
import { apiError, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { EndSessionsButton } from './end-sessions-button';

const HELPER_ID = 'user-helper';
const request = { query: EndUserSessionsDocument, variables: { userId: HELPER_ID } };

function renderButton(result: MockLink.MockedResponse['result']) {
  const onDone = vi.fn();
  renderWithApp(<EndSessionsButton userId={HELPER_ID} name="Trần Thị Hoa" onDone={onDone} />, {
    user: officer,
    mocks: [{ request, result }],
  });
  return onDone;
}

async function openDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất mọi thiết bị' }));
  return screen.findByRole('dialog');
}

beforeAll(() => loadAdminTexts('vi'));

describe('sign out all devices', () => {
  it('explains the lost phone before anything is sent, then reports how many sessions ended', async () => {
    const onDone = renderButton({ data: { endUserSessions: 2 } });
    const dialog = await openDialog();
    expect(within(dialog).getByText(/Đăng xuất Trần Thị Hoa khỏi mọi thiết bị\?/)).toBeTruthy();
    expect(dialog.textContent).toContain('Điện thoại bị mất: dữ liệu trên máy sẽ bị xoá ở lần đồng bộ tiếp theo');
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng xuất mọi thiết bị' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Đã đăng xuất Trần Thị Hoa khỏi mọi thiết bị: 2 phiên đăng nhập đã kết thúc.',
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the dialog open with the reason when the account is out of reach, and reports nothing', async () => {
    const onDone = renderButton(apiError('NOT_FOUND'));
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng xuất mọi thiết bị' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends nothing when cancelled', async () => {
    const onDone = renderButton({ data: { endUserSessions: 1 } });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onDone).not.toHaveBeenCalled();
  });
});
