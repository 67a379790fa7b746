import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReturneesDocument, type ReturneesQueryVariables } from '../../gql/graphql';
import { apiError, officer } from '../../test/fixtures';
import { LocationProbe, type RenderOptions, renderWithApp } from '../../test/render';
import { loadListsTexts } from '../../i18n/lists';
import { COLUMNS_STORAGE_KEY } from './returnee-columns';
import ReturneesListPage, { PAGE_SIZE } from './returnees-list-page';
import { connection, row } from './test-fixtures';
import { CaseStatus } from '@hoanhap/shared';

function renderList(url: string, mocks: RenderOptions['mocks']) {
  return renderWithApp(
    <>
      <ReturneesListPage />
      <LocationProbe />
    </>,
    { mocks, url, path: '/returnees', user: officer },
  );
}

const location = () => screen.getByTestId('location').textContent ?? '';
const names = () => screen.getAllByTestId('returnee-row').map((r) => r.querySelector('a')?.textContent);

describe('ReturneesListPage', () => {
  it('sends the filters and sort held in the URL, so a link reproduces the view', async () => {
    const sent: ReturneesQueryVariables[] = [];
    renderList(
      '/returnees?q=nguyen%20van&status=UNDER_SUPPORT,CLOSED&employment=UNSTABLE&group=B&from=2020-01-01&to=2024-04-25&sort=RETURNED_ON_DESC',
      [
        {
          request: {
            query: ReturneesDocument,
            variables: (v: ReturneesQueryVariables) => {
              sent.push(v);
              return true;
            },
          },
          result: connection([
            row('r-duc', 'Nguyễn Văn Đức'),
            row('r-hung', 'Nguyễn Văn Hùng', { status: CaseStatus.CLOSED }),
          ]),
        },
      ],
    );

    await screen.findByTestId('returnees-table');
    expect(sent[0]).toEqual({
      first: PAGE_SIZE,
      filter: {
        search: 'nguyen van',
        status: ['UNDER_SUPPORT', 'CLOSED'],
        employmentStatus: 'UNSTABLE',
        classificationGroup: 'B',
        returnedFrom: '2020-01-01',
        returnedTo: '2024-04-25',
        sort: 'RETURNED_ON_DESC',
      },
    });
    expect(names()).toEqual(['Nguyễn Văn Đức', 'Nguyễn Văn Hùng']);
    expect(screen.getByTestId('returnees-total').textContent).toBe('2 người');
    expect((screen.getByTestId('returnee-search') as HTMLInputElement).value).toBe('nguyen van');
    expect(screen.getAllByRole('link', { name: 'Nguyễn Văn Đức' })[0]?.getAttribute('href')).toBe('/returnees/r-duc');
    expect(screen.queryByTestId('invalid-url-filters')).toBeNull();
  });

  it('writes the search into the URL after a pause and queries it', async () => {
    renderList('/returnees', [
      {
        request: { query: ReturneesDocument, variables: { first: PAGE_SIZE, filter: { sort: 'NAME' } } },
        result: connection([row('r-duc', 'Nguyễn Văn Đức'), row('r-hoa', 'Đặng Thị Hoa')], 2),
      },
      {
        request: { query: ReturneesDocument, variables: { first: PAGE_SIZE, filter: { sort: 'NAME', search: 'hoa' } } },
        result: connection([row('r-hoa', 'Đặng Thị Hoa')]),
      },
    ]);
    await screen.findByTestId('returnees-table');

    fireEvent.change(screen.getByTestId('returnee-search'), { target: { value: 'h' } });
    fireEvent.change(screen.getByTestId('returnee-search'), { target: { value: 'hoa' } });
    // Not on every keystroke.
    expect(location()).toBe('/returnees');

    await waitFor(() => expect(location()).toBe('/returnees?q=hoa'));
    await waitFor(() => expect(names()).toEqual(['Đặng Thị Hoa']));
  });

  it('drops filters in the URL that are not valid, and says so', async () => {
    renderList('/returnees?status=UNDER_SUPPORT,SLEEPING&from=2024-02-30&sort=SIDEWAYS', [
      {
        request: {
          query: ReturneesDocument,
          variables: { first: PAGE_SIZE, filter: { sort: 'NAME', status: ['UNDER_SUPPORT'] } },
        },
        result: connection([row('r-duc', 'Nguyễn Văn Đức')]),
      },
    ]);
    expect((await screen.findByTestId('invalid-url-filters')).textContent).toContain('không hợp lệ');
    await screen.findByTestId('returnees-table');
  });

  it('loads the next page with the cursor and appends it', async () => {
    renderList('/returnees', [
      {
        request: { query: ReturneesDocument, variables: { first: PAGE_SIZE, filter: { sort: 'NAME' } } },
        result: connection([row('r-1', 'Bùi Văn An')], 2, 'cursor-1'),
      },
      {
        request: {
          query: ReturneesDocument,
          variables: { first: PAGE_SIZE, filter: { sort: 'NAME' }, after: 'cursor-1' },
        },
        result: connection([row('r-2', 'Cao Thị Bình')], 2),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(names()).toEqual(['Bùi Văn An', 'Cao Thị Bình']));
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
  });

  it('says when nobody matches the filters', async () => {
    renderList('/returnees?q=khong%20co%20ai', [
      {
        request: {
          query: ReturneesDocument,
          variables: { first: PAGE_SIZE, filter: { sort: 'NAME', search: 'khong co ai' } },
        },
        result: connection([]),
      },
    ]);
    expect((await screen.findByTestId('returnees-empty')).textContent).toBe('Không có người nào khớp với bộ lọc.');
    expect(screen.queryByTestId('returnees-table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Xóa bộ lọc' })).toBeTruthy();
  });

  it('shows a failed load in Vietnamese and loads again on retry', async () => {
    const variables = { first: PAGE_SIZE, filter: { sort: 'NAME' } };
    renderList('/returnees', [
      { request: { query: ReturneesDocument, variables }, result: apiError('INTERNAL_SERVER_ERROR') },
      { request: { query: ReturneesDocument, variables }, result: connection([row('r-duc', 'Nguyễn Văn Đức')]) },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được danh sách.');
    expect(alert.textContent).toContain('Hệ thống đang gặp sự cố');

    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(names()).toEqual(['Nguyễn Văn Đức']));
  });

  it('shows the columns stored on this device, always with the name', async () => {
    window.localStorage.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(['unit', 'bogus']));
    renderList('/returnees', [
      {
        request: { query: ReturneesDocument, variables: { first: PAGE_SIZE, filter: { sort: 'NAME' } } },
        result: connection([row('r-duc', 'Nguyễn Văn Đức')]),
      },
    ]);
    await screen.findByTestId('returnees-table');
    // The selection column has a checkbox and no text.
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.filter(Boolean)).toEqual(['Họ và tên', 'Đơn vị']);
  });

  it('selects people one by one or the whole page, and offers the bulk actions for them', async () => {
    await loadListsTexts('vi');
    renderList('/returnees', [
      {
        request: { query: ReturneesDocument, variables: { first: PAGE_SIZE, filter: { sort: 'NAME' } } },
        result: connection([row('r-duc', 'Nguyễn Văn Đức'), row('r-hoa', 'Đặng Thị Hoa')]),
      },
    ]);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Chọn Đặng Thị Hoa' }));
    const bar = await screen.findByTestId('bulk-bar');
    expect(bar.textContent).toContain('Đã chọn 1 người');
    expect(bar.textContent).toContain('Phân công người giúp đỡ');
    expect(bar.textContent).toContain('Xuất 1 người đã chọn');

    const page = screen.getByRole('checkbox', { name: 'Chọn tất cả người trên trang này' }) as HTMLInputElement;
    expect(page.indeterminate).toBe(true);
    fireEvent.click(page);
    await waitFor(() => expect(screen.getByTestId('bulk-bar').textContent).toContain('Đã chọn 2 người'));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ chọn' }));
    await waitFor(() => expect(screen.queryByTestId('bulk-bar')).toBeNull());
  });
});
