import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HolidaysDocument,
  RemoveHolidayDocument,
  SetHolidayDocument,
  type SetHolidayMutationVariables,
} from '../../gql/graphql';
import { loadAdminTexts } from '../../i18n/admin';
import { apiError, officer } from '../../test/fixtures';
import { LocationProbe, type RenderOptions, renderWithApp } from '../../test/render';
import HolidaysPage from './holidays-page';
import { recordingMock } from '../../test/mocks';

const admin = { ...officer, id: 'user-admin', role: Role.ADMIN, displayName: 'Quản trị' };

const hungKings = { __typename: 'Holiday', day: '2026-04-26', kind: 'DAY_OFF', name: 'Giỗ Tổ Hùng Vương' } as const;
const swapped = { __typename: 'Holiday', day: '2026-01-03', kind: 'WORKING_DAY', name: 'Làm bù cho 02/01' } as const;

const year = (y: number, holidays: unknown[]) => ({
  request: { query: HolidaysDocument, variables: { year: y } },
  result: { data: { holidays } },
});

beforeAll(() => loadAdminTexts('vi'));

function renderPage(mocks: RenderOptions['mocks'], user = admin, url = '/admin/holidays?year=2026') {
  return renderWithApp(
    <>
      <HolidaysPage />
      <LocationProbe />
    </>,
    { user, url, path: '/admin/holidays', mocks },
  );
}

describe('the holiday calendar', () => {
  it('lists the year in the URL with weekdays and kinds, and the year picker moves the URL', async () => {
    renderPage([year(2026, [swapped, hungKings]), year(2027, [])]);
    const rows = await screen.findAllByTestId('holiday-row');
    expect(rows[0]?.textContent).toContain('03/01/2026');
    expect(rows[0]?.textContent).toContain('Thứ Bảy');
    expect(rows[0]?.textContent).toContain('Ngày làm bù');
    expect(rows[1]?.textContent).toContain('26/04/2026');
    expect(rows[1]?.textContent).toContain('Chủ nhật');
    expect(screen.getByTestId('holidays-intro').textContent).toContain('3 ngày làm việc');

    fireEvent.click(screen.getByRole('button', { name: 'Năm sau' }));
    expect(await screen.findByTestId('holidays-empty')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/admin/holidays?year=2027');
  });

  it('shows the API’s NOT_A_WEEKEND next to the date, in Vietnamese, and keeps what was typed', async () => {
    const sent: SetHolidayMutationVariables[] = [];
    renderPage([
      year(2026, []),
      recordingMock(
        SetHolidayDocument,
        sent,
        apiError('BAD_USER_INPUT', { field: 'input.day', reason: 'NOT_A_WEEKEND' }),
      ),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm ngày' }));
    const form = await screen.findByTestId('holiday-form');

    // Nothing typed: the form's own check, without a request.
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findAllByText('Vui lòng nhập thông tin này')).toHaveLength(2);
    expect(sent).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText(/^Ngày/), { target: { value: '07/12/2026' } });
    fireEvent.change(within(form).getByLabelText(/^Tên/), { target: { value: 'Làm bù' } });
    fireEvent.click(within(form).getAllByLabelText(/^Loại/)[0] as HTMLElement);
    fireEvent.click(await screen.findByRole('option', { name: /Ngày làm bù/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await within(form).findByText('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật')).toBeTruthy();
    expect(sent[0]?.input).toEqual({ day: '2026-12-07', name: 'Làm bù', kind: 'WORKING_DAY' });
    expect(within(form).getByRole('alert').textContent).toContain('Vui lòng sửa các ô được đánh dấu');
    expect((within(form).getByLabelText(/^Tên/) as HTMLInputElement).value).toBe('Làm bù');
  });

  it('adds a day and shows it in the refreshed list', async () => {
    renderPage([
      year(2026, []),
      {
        request: {
          query: SetHolidayDocument,
          variables: { input: { day: '2026-04-26', name: 'Giỗ Tổ', kind: 'DAY_OFF' } },
        },
        result: { data: { setHoliday: { ...hungKings, name: 'Giỗ Tổ' } } },
      },
      year(2026, [{ ...hungKings, name: 'Giỗ Tổ' }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm ngày' }));
    const form = await screen.findByTestId('holiday-form');
    fireEvent.change(within(form).getByLabelText(/^Ngày/), { target: { value: '26/04/2026' } });
    fireEvent.change(within(form).getByLabelText(/^Tên/), { target: { value: 'Giỗ Tổ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByTestId('admin-notice')).textContent).toContain('26/04/2026');
    await waitFor(() => expect(screen.getAllByTestId('holiday-row')).toHaveLength(1));
  });

  it('removes a day only after confirming, and says why when the API refuses', async () => {
    renderPage([
      year(2026, [swapped, hungKings]),
      {
        request: { query: RemoveHolidayDocument, variables: { input: { day: '2026-04-26' } } },
        result: apiError('NOT_FOUND'),
      },
      {
        request: { query: RemoveHolidayDocument, variables: { input: { day: '2026-04-26' } } },
        result: { data: { removeHoliday: hungKings } },
      },
      year(2026, [swapped]),
    ]);
    const rows = await screen.findAllByTestId('holiday-row');
    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('26/04/2026 (Giỗ Tổ Hùng Vương)');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa ngày' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Không tìm thấy');
    expect(screen.getAllByTestId('holiday-row')).toHaveLength(2);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa ngày' }));
    await waitFor(() => expect(screen.getAllByTestId('holiday-row')).toHaveLength(1));
    expect(screen.getByTestId('admin-notice').textContent).toContain('Đã xóa ngày 26/04/2026');
  });

  it('is read-only for other roles', async () => {
    renderPage([year(2026, [hungKings])], officer);
    await screen.findAllByTestId('holiday-row');
    expect(screen.queryByRole('button', { name: 'Thêm ngày' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xóa' })).toBeNull();
    expect(screen.getByText('Chỉ quản trị viên được sửa lịch này.')).toBeTruthy();
  });
});
