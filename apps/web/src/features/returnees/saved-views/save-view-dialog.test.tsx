import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SaveViewDocument, SavedViewsDocument, UpdateSavedViewDocument } from '../../../gql/graphql';
import { ListsTexts, loadListsTexts } from '../../../i18n/lists';
import { apiError, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import { SaveViewDialog, type SaveViewDialogProps } from './save-view-dialog';
import { savedView } from './saved-views.test-fixtures';

const current = { query: 'q=nguyen&status=UNDER_SUPPORT', columns: ['fullName', 'status'] };

function renderDialog(mocks: RenderOptions['mocks'], props: Partial<SaveViewDialogProps> = {}) {
  const onSaved = vi.fn();
  renderWithApp(
    <ListsTexts>
      <SaveViewDialog opened onClose={() => {}} current={current} onSaved={onSaved} {...props} />
    </ListsTexts>,
    { mocks, user: officer },
  );
  return { onSaved };
}

const nameInput = async () => (await screen.findByTestId('view-name')) as HTMLInputElement;

describe('SaveViewDialog', () => {
  // The first download of the texts is slow under the test runner; the dialog itself is not under test there.
  beforeAll(() => loadListsTexts('vi'));

  it('asks for a name before sending anything', async () => {
    const { onSaved } = renderDialog([]);
    fireEvent.change(await nameInput(), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('save-view-submit'));
    expect(await screen.findByText('Vui lòng đặt tên cho góc nhìn')).toBeTruthy();
    expect((await nameInput()).getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves the current query and columns under the trimmed name, shared when ticked', async () => {
    const saved = savedView({ name: 'Chưa có việc', shared: true, query: current.query, columns: current.columns });
    const { onSaved } = renderDialog([
      {
        request: {
          query: SaveViewDocument,
          variables: {
            input: {
              list: 'RETURNEES',
              name: 'Chưa có việc',
              shared: true,
              query: current.query,
              columns: current.columns,
            },
          },
        },
        result: { data: { saveView: saved } },
      },
    ]);
    fireEvent.change(await nameInput(), { target: { value: '  Chưa có việc ' } });
    fireEvent.click(screen.getByLabelText('Chia sẻ với đồng nghiệp trong đơn vị'));
    fireEvent.click(screen.getByTestId('save-view-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: saved.id })));
  });

  it('shows DUPLICATE from the API on the name field', async () => {
    const { onSaved } = renderDialog([
      {
        request: { query: SaveViewDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.name', reason: 'DUPLICATE' }),
      },
    ]);
    fireEvent.change(await nameInput(), { target: { value: 'Đang giúp đỡ' } });
    fireEvent.click(screen.getByTestId('save-view-submit'));
    expect(await screen.findByText('Bạn đã có góc nhìn tên này')).toBeTruthy();
    expect((await nameInput()).getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('on CONFLICT reloads the view and keeps the new name, then saves from the latest version', async () => {
    const view = savedView({ version: 1 });
    const { onSaved } = renderDialog(
      [
        {
          request: {
            query: UpdateSavedViewDocument,
            variables: { input: { id: view.id, version: 1, name: 'Tên mới', shared: false } },
          },
          result: apiError('CONFLICT', { currentVersion: 2 }),
        },
        {
          request: { query: SavedViewsDocument, variables: { list: 'RETURNEES' } },
          result: { data: { savedViews: [savedView({ version: 2, name: 'Đổi ở máy khác' })] } },
        },
        {
          request: {
            query: UpdateSavedViewDocument,
            variables: { input: { id: view.id, version: 2, name: 'Tên mới', shared: false } },
          },
          result: { data: { updateSavedView: savedView({ version: 3, name: 'Tên mới' }) } },
        },
      ],
      { view },
    );
    fireEvent.change(await nameInput(), { target: { value: 'Tên mới' } });
    fireEvent.click(screen.getByTestId('save-view-submit'));
    expect(await screen.findByTestId('view-conflict-dialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại, giữ thay đổi của tôi' }));
    expect(await screen.findByText(/thay đổi của bạn vẫn còn/)).toBeTruthy();
    expect((await nameInput()).value).toBe('Tên mới');
    fireEvent.click(screen.getByTestId('save-view-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 3 })));
  });
});
