import { Role, UnitLevel } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AdminUnitFragment,
  AdminUnitsDocument,
  UnitOrganisationsDocument,
  UpdateUnitSettingsDocument,
  type UpdateUnitSettingsMutationVariables,
} from '../../../gql/graphql';
import { loadAdminTexts } from '../../../i18n/admin';
import { apiError, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import UnitsAdminPage from './units-page';

const admin = { ...officer, id: 'user-admin', role: Role.ADMIN, displayName: 'Quản trị' };

/** A unit as the API sends it (with __typename, which the fragment's type leaves out). */
function unit(
  id: string,
  name: string,
  level: UnitLevel,
  parent: string | null,
  more: Partial<AdminUnitFragment> = {},
): AdminUnitFragment {
  return {
    __typename: 'AdministrativeUnit',
    id,
    code: id,
    name,
    level,
    validFrom: null,
    validTo: null,
    noContactDays: 30,
    reportInDays: 10,
    overdueEscalationDays: 2,
    expungedMinimiseDays: 30,
    closedRetentionMonths: 60,
    note: null,
    parent: parent ? { __typename: 'AdministrativeUnit', id: parent } : null,
    successor: null,
    ...more,
  } as AdminUnitFragment;
}

const successor = (id: string, name: string) => ({ __typename: 'AdministrativeUnit' as const, id, name });

// The demo's story, in the API's order: top level first, current units before merged ones.
const haiPhong = unit('hai-phong', 'Thành phố Hải Phòng', UnitLevel.PROVINCE, null);
const kienAn = unit('kien-an', 'Quận Kiến An', UnitLevel.DISTRICT, 'hai-phong', { validTo: '2025-06-30' });
const phuLien = unit('phu-lien', 'Phường Phù Liễn', UnitLevel.WARD, 'hai-phong', { validFrom: '2025-07-01' });
const dongHoa = unit('dong-hoa', 'Phường Đồng Hòa', UnitLevel.WARD, 'kien-an', {
  validFrom: '2025-01-01',
  validTo: '2025-06-30',
  successor: successor('phu-lien', 'Phường Phù Liễn'),
});
const lamHa = unit('lam-ha', 'Phường Lãm Hà', UnitLevel.WARD, 'kien-an', {
  validTo: '2024-12-31',
  successor: successor('dong-hoa', 'Phường Đồng Hòa'),
  note: 'Ngày hiệu lực chưa được đối chiếu.',
});
const vanDau = unit('van-dau', 'Phường Văn Đẩu', UnitLevel.WARD, 'kien-an', {
  validTo: '2025-06-30',
  successor: successor('phu-lien', 'Phường Phù Liễn'),
});
const ALL = [haiPhong, kienAn, phuLien, dongHoa, lamHa, vanDau];

const unitsMock = (units: AdminUnitFragment[]) => ({
  request: { query: AdminUnitsDocument },
  result: { data: { units } },
});

beforeAll(() => loadAdminTexts('vi'));

function renderPage(mocks: RenderOptions['mocks'], user = admin) {
  return renderWithApp(<UnitsAdminPage />, { user, url: '/admin/units', path: '/admin/units', mocks });
}

const row = async (code: string) => {
  await screen.findAllByTestId('unit-row');
  const found = screen.getAllByTestId('unit-row').find((el) => el.dataset.unitCode === code);
  if (!found) throw new Error(`no row for ${code}`);
  return found;
};

/** The units nested directly under `code`'s list item, by code. */
const childrenOf = async (code: string) => {
  const item = (await row(code)).closest('li') as HTMLElement;
  const list = item.querySelector(':scope > ul');
  return list
    ? [...list.querySelectorAll(':scope > li > [data-testid="unit-row"]')].map((el) =>
        el.getAttribute('data-unit-code'),
      )
    : [];
};

async function openEdit(code: string, name: string) {
  fireEvent.click(within(await row(code)).getByRole('button', { name: `Sửa thiết lập của ${name}` }));
  return screen.findByTestId('unit-settings-form');
}

describe('the administrative units page', () => {
  it('shows the units as a tree with level, validity and what merged units became', async () => {
    renderPage([unitsMock(ALL)]);
    expect(await childrenOf('hai-phong')).toEqual(['kien-an', 'phu-lien']);
    expect(await childrenOf('kien-an')).toEqual(['dong-hoa', 'lam-ha', 'van-dau']);
    expect(await childrenOf('lam-ha')).toEqual([]);
    expect(screen.getByText('6 đơn vị')).toBeTruthy();

    const dong = await row('dong-hoa');
    expect(within(dong).getByTestId('unit-validity').textContent).toContain('từ 01/01/2025 đến 30/06/2025');
    expect(within(dong).getByTestId('unit-merged').textContent).toBe('sáp nhập vào Phường Phù Liễn');
    expect(within(dong).getByText('Phường')).toBeTruthy();

    const lam = await row('lam-ha');
    expect(within(lam).getByTestId('unit-validity').textContent).toContain('đến 31/12/2024');
    expect(within(lam).getByTestId('unit-merged').textContent).toBe('sáp nhập vào Phường Đồng Hòa');
    expect(within(lam).getByTestId('unit-note').textContent).toContain('Ngày hiệu lực chưa được đối chiếu.');
    expect(within(lam).getByTestId('unit-no-contact-days').textContent).toBe('30 ngày');
    expect(within(lam).getByTestId('unit-report-in-days').textContent).toBe('10 ngày');

    const phu = await row('phu-lien');
    expect(within(phu).getByTestId('unit-validity').textContent).toContain('từ 01/07/2025');
    expect(within(phu).getByTestId('unit-validity').textContent).toContain('đang hoạt động');
    expect(within(phu).queryByTestId('unit-merged')).toBeNull();
    expect(within(phu).getByTestId('unit-note').textContent).toBe('Chưa có ghi chú.');

    const district = await row('kien-an');
    expect(within(district).getByText('Quận, huyện (trước 01/07/2025)')).toBeTruthy();
    expect(within(district).getByTestId('unit-validity').textContent).toContain('đã chấm dứt hoạt động');
  });

  it("loads a unit's organisations only when it is opened, with their kinds in words", async () => {
    let asked = 0;
    renderPage([
      unitsMock(ALL),
      {
        request: { query: UnitOrganisationsDocument, variables: { unitId: 'lam-ha' } },
        result: () => {
          asked += 1;
          return {
            data: {
              organisations: [
                { __typename: 'Organisation', id: 'o1', name: 'Công an phường Lãm Hà', kind: 'POLICE' },
                { __typename: 'Organisation', id: 'o2', name: 'Hội Phụ nữ phường Lãm Hà', kind: 'WOMENS_UNION' },
              ],
            },
          };
        },
      },
      {
        request: { query: UnitOrganisationsDocument, variables: { unitId: 'phu-lien' } },
        result: { data: { organisations: [] } },
      },
      {
        request: { query: UnitOrganisationsDocument, variables: { unitId: 'van-dau' } },
        result: apiError('INTERNAL_SERVER_ERROR'),
      },
    ]);
    const lam = await row('lam-ha');
    expect(within(lam).queryAllByTestId('unit-organisation')).toHaveLength(0);
    expect(asked).toBe(0);

    const toggle = within(lam).getByRole('button', { name: 'Xem tổ chức của Phường Lãm Hà' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const organisations = await within(lam).findAllByTestId('unit-organisation');
    expect(organisations.map((o) => o.textContent)).toEqual([
      'Công an phường Lãm HàCông an',
      'Hội Phụ nữ phường Lãm HàHội Liên hiệp Phụ nữ',
    ]);
    expect(asked).toBe(1);
    expect(within(lam).getByRole('region', { name: 'Tổ chức của Phường Lãm Hà' })).toBeTruthy();
    fireEvent.click(within(lam).getByRole('button', { name: 'Ẩn tổ chức của Phường Lãm Hà' }));
    expect(within(lam).queryAllByTestId('unit-organisation')).toHaveLength(0);

    const phu = await row('phu-lien');
    fireEvent.click(within(phu).getByRole('button', { name: 'Xem tổ chức của Phường Phù Liễn' }));
    expect((await within(phu).findByTestId('unit-organisations-empty')).textContent).toBe(
      'Đơn vị này chưa có tổ chức nào.',
    );

    const van = await row('van-dau');
    fireEvent.click(within(van).getByRole('button', { name: 'Xem tổ chức của Phường Văn Đẩu' }));
    expect((await within(van).findByRole('alert')).textContent).toContain('Không tải được danh sách tổ chức.');
  });

  it('edits the settings: empty fields stay here, the API’s reasons show at their fields in Vietnamese', async () => {
    const sent: UpdateUnitSettingsMutationVariables[] = [];
    const capture = (variables: UpdateUnitSettingsMutationVariables) => {
      sent.push(variables);
      return true;
    };
    renderPage([
      unitsMock(ALL),
      {
        request: { query: UpdateUnitSettingsDocument, variables: capture },
        result: apiError('BAD_USER_INPUT', { field: 'input.noContactDays', reason: 'OUT_OF_RANGE' }),
      },
      {
        request: { query: UpdateUnitSettingsDocument, variables: capture },
        result: apiError('BAD_USER_INPUT', { field: 'input.note', reason: 'TOO_LONG' }),
      },
      {
        request: { query: UpdateUnitSettingsDocument, variables: capture },
        result: apiError('NOT_FOUND'),
      },
    ]);
    const form = await openEdit('van-dau', 'Phường Văn Đẩu');
    const days = within(form).getByLabelText(/^Số ngày không liên lạc/) as HTMLInputElement;
    expect(days.value).toBe('30');

    // Nothing typed: the form's own check, without a request.
    fireEvent.change(days, { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thiết lập' }));
    expect(await within(form).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(days, { target: { value: '400' } });
    fireEvent.change(within(form).getByLabelText(/^Ghi chú/), { target: { value: '  Chờ đối chiếu  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thiết lập' }));
    expect(await within(form).findByText('Phải là số nguyên từ 7 đến 365')).toBeTruthy();
    expect(sent[0]?.input).toEqual({
      unitId: 'van-dau',
      noContactDays: 400,
      reportInDays: 10,
      overdueEscalationDays: 2,
      expungedMinimiseDays: 30,
      closedRetentionMonths: 60,
      note: 'Chờ đối chiếu',
    });
    expect(within(form).getByRole('alert').textContent).toContain('Vui lòng sửa các ô được đánh dấu');
    expect(days.value).toBe('400');

    fireEvent.change(days, { target: { value: '45' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thiết lập' }));
    expect(await within(form).findByText('Ghi chú dài tối đa 2000 ký tự')).toBeTruthy();
    expect(within(form).queryByText('Phải là số nguyên từ 7 đến 365')).toBeNull();

    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thiết lập' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toContain('Không tìm thấy'));
    expect(sent).toHaveLength(3);
  });

  it('saves the settings and shows the new values in the tree', async () => {
    const saved = { ...vanDau, noContactDays: 45, reportInDays: 14, note: 'Chờ đối chiếu' };
    renderPage([
      unitsMock(ALL),
      {
        request: {
          query: UpdateUnitSettingsDocument,
          variables: {
            input: {
              unitId: 'van-dau',
              noContactDays: 45,
              reportInDays: 14,
              overdueEscalationDays: 2,
              expungedMinimiseDays: 30,
              closedRetentionMonths: 60,
              note: 'Chờ đối chiếu',
            },
          },
        },
        result: { data: { updateUnitSettings: saved } },
      },
    ]);
    const form = await openEdit('van-dau', 'Phường Văn Đẩu');
    fireEvent.change(within(form).getByLabelText(/^Số ngày không liên lạc/), { target: { value: '45' } });
    fireEvent.change(within(form).getByLabelText(/^Số ngày chờ trình diện/), { target: { value: '14' } });
    fireEvent.change(within(form).getByLabelText(/^Ghi chú/), { target: { value: 'Chờ đối chiếu' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu thiết lập' }));

    expect((await screen.findByTestId('admin-notice')).textContent).toBe('Đã lưu thiết lập của Phường Văn Đẩu.');
    const van = await row('van-dau');
    await waitFor(() => expect(within(van).getByTestId('unit-no-contact-days').textContent).toBe('45 ngày'));
    expect(within(van).getByTestId('unit-report-in-days').textContent).toBe('14 ngày');
    expect(within(van).getByTestId('unit-note').textContent).toContain('Chờ đối chiếu');
  });

  it('says the report-in days are the ward’s own rule: Circular 10/2024/TT-BCA art. 9 sets no deadline for reception', async () => {
    renderPage([unitsMock(ALL)]);
    const form = await openEdit('van-dau', 'Phường Văn Đẩu');
    const hint = within(form).getByText(/^Quy định riêng của địa phương/).textContent;
    expect(hint).toContain('không phải thời hạn do pháp luật quy định');
    expect(hint).toContain('Thông tư 10/2024/TT-BCA (Điều 9)');
    expect(hint).toContain('biên bản HCD-05, phiếu thông tin HCD-02');
    const van = await row('van-dau');
    expect(van.textContent).toContain('Hạn trình diện sau khi ra trại (quy định của địa phương)');
  });

  it('says so when there are no units', async () => {
    renderPage([unitsMock([])]);
    expect((await screen.findByTestId('units-empty')).textContent).toBe(
      'Không có đơn vị nào trong phạm vi quản lý của bạn.',
    );
  });

  it('shows the loading state, then the error with a retry that loads the units', async () => {
    renderPage([{ request: { query: AdminUnitsDocument }, result: apiError('INTERNAL_SERVER_ERROR') }, unitsMock(ALL)]);
    expect(screen.getByTestId('units-loading')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được danh sách đơn vị hành chính.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await row('lam-ha')).toBeTruthy();
  });

  it('is read-only for other roles', async () => {
    renderPage([unitsMock([lamHa])], officer);
    await row('lam-ha');
    expect(screen.queryByRole('button', { name: /Sửa thiết lập/ })).toBeNull();
    expect(screen.getByText('Chỉ quản trị viên được sửa thiết lập của đơn vị.')).toBeTruthy();
  });
});
