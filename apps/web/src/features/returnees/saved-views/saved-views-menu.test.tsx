import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DeleteSavedViewDocument, SavedViewsDocument } from '../../../gql/graphql';
import { loadListsTexts } from '../../../i18n/lists';
import { apiError, officer } from '../../../test/fixtures';
import { LocationProbe, type RenderOptions, renderWithApp } from '../../../test/render';
import { SavedViewsMenu } from './saved-views-menu';
import { savedView } from './saved-views.test-fixtures';

function renderMenu(mocks: RenderOptions['mocks'], url = '/returnees') {
  const onApplyColumns = vi.fn();
  renderWithApp(
    <>
      <SavedViewsMenu columns={['fullName', 'status']} onApplyColumns={onApplyColumns} />
      <LocationProbe />
    </>,
    { mocks, url, path: '/returnees', user: officer },
  );
  return { onApplyColumns };
}

const LIST = { request: { query: SavedViewsDocument, variables: { list: 'RETURNEES' } } };
const location = () => screen.getByTestId('location').textContent ?? '';

describe('SavedViewsMenu', () => {
  // The first download of the texts is slow under the test runner; the dialog itself is not under test there.
  beforeAll(() => loadListsTexts('vi'));

  it('lists my views and shared ones (marked), and applying one sets the URL and the columns', async () => {
    const { onApplyColumns } = renderMenu([
      {
        ...LIST,
        result: {
          data: {
            savedViews: [
              savedView(),
              savedView({
                id: 'v-2',
                name: 'Chưa có việc làm',
                mine: false,
                shared: true,
                query: 'employment=UNEMPLOYED',
                owner: { id: 'user-2', displayName: 'Trần Thị Bình' },
              }),
            ],
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('saved-views-button'));
    expect(await screen.findByText('Chia sẻ bởi Trần Thị Bình')).toBeTruthy();
    // Only my own views can be changed.
    expect(screen.getByRole('button', { name: 'Xóa góc nhìn Đang giúp đỡ' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xóa góc nhìn Chưa có việc làm' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Mở góc nhìn Đang giúp đỡ' }));
    await waitFor(() => expect(location()).toBe('/returnees?q=nguyen&status=UNDER_SUPPORT'));
    expect(onApplyColumns).toHaveBeenCalledWith(['fullName', 'status', 'unit']);
  });

  it('drops column keys it does not know when applying a view', async () => {
    const { onApplyColumns } = renderMenu(
      [{ ...LIST, result: { data: { savedViews: [savedView({ columns: ['fullName', 'bogus'], query: '' })] } } }],
      '/returnees?q=le',
    );
    fireEvent.click(await screen.findByTestId('saved-views-button'));
    fireEvent.click(await screen.findByRole('button', { name: 'Mở góc nhìn Đang giúp đỡ' }));
    await waitFor(() => expect(location()).toBe('/returnees'));
    expect(onApplyColumns).toHaveBeenCalledWith(['fullName']);
  });

  it('shows the empty state, and the error state with a retry', async () => {
    renderMenu([
      { ...LIST, result: apiError('INTERNAL_SERVER_ERROR') },
      { ...LIST, result: { data: { savedViews: [] } } },
    ]);
    fireEvent.click(await screen.findByTestId('saved-views-button'));
    expect(await screen.findByText('Không tải được danh sách góc nhìn.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('saved-views-empty')).toBeTruthy();
  });

  it('asks before deleting one of my views', async () => {
    renderMenu([
      { ...LIST, result: { data: { savedViews: [savedView()] } } },
      {
        request: { query: DeleteSavedViewDocument, variables: { input: { id: 'v-1' } } },
        result: { data: { deleteSavedView: 'v-1' } },
      },
    ]);
    fireEvent.click(await screen.findByTestId('saved-views-button'));
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa góc nhìn Đang giúp đỡ' }));
    expect((await screen.findByTestId('delete-view-dialog')).textContent).toContain('Đang giúp đỡ');
    fireEvent.click(screen.getByTestId('delete-view-confirm'));
    await waitFor(() => expect(screen.getByTestId('saved-views-status').textContent).toContain('Đã xóa'));
  });
});
