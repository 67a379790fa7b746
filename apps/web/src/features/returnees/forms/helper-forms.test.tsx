import { Role, HelperRole } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssignHelperDocument,
  type AssignHelperMutationVariables,
  EndHelperAssignmentDocument,
  EndUserSessionsDocument,
  HelperAccountsDocument,
  OrganisationsDocument,
} from '../../../gql/graphql';
import { loadAdminTexts } from '../../../i18n/admin';
import { loadCaseworkTexts } from '../../../i18n/casework';
import { apiError, lamHa, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import { recordingMock } from '../../../test/mocks';
import ReturneeDetailPage from '../returnee-detail-page';
import { detail } from '../test-fixtures';
import { detailMock, expectFieldError, inputFor, pick } from './form-test-utils';

beforeAll(() => loadCaseworkTexts('vi'));

const womensUnion = {
  __typename: 'Organisation',
  id: 'org-hpn',
  name: 'Hội Phụ nữ phường Lãm Hà',
  kind: 'WOMENS_UNION',
};
const organisationsMock = {
  request: { query: OrganisationsDocument, variables: { unitId: lamHa.id, kinds: null } },
  result: { data: { organisations: [womensUnion] } },
};

const accountsMock = {
  request: { query: HelperAccountsDocument, variables: { returneeId: 'r-duc' } },
  result: {
    data: {
      helperAccounts: [
        {
          __typename: 'HelperAccount',
          id: 'user-helper',
          displayName: 'Hội viên Hội Phụ nữ phường Lãm Hà',
          organisationId: womensUnion.id,
        },
      ],
    },
  },
};

const helper = (extra: Record<string, unknown> = {}) => ({
  __typename: 'HelperAssignment' as const,
  id: 'ha-1',
  helperName: 'Trần Thị Mai',
  helperPhone: '0912345678',
  helperUserId: null,
  role: HelperRole.PRIMARY,
  startedOn: '2024-02-01',
  endedOn: null,
  endReason: null,
  daysSinceLastContact: 3,
  organisation: { __typename: 'Organisation' as const, id: womensUnion.id, name: womensUnion.name },
  ...extra,
});

function renderHelpers(mocks: RenderOptions['mocks'], user = officer) {
  return renderWithApp(<ReturneeDetailPage />, {
    mocks,
    url: '/returnees/r-duc?tab=helpers',
    path: '/returnees/:id',
    user,
  });
}

async function fillAssignForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Phân công người giúp đỡ' }));
  const form = await screen.findByTestId('assign-helper-form');
  fireEvent.change(within(form).getByLabelText(/^Họ tên người giúp đỡ/), { target: { value: 'Trần Thị Mai' } });
  await waitFor(() => expect(inputFor(form, /^Tổ chức/).disabled).toBe(false));
  await pick(form, /^Tổ chức/, womensUnion.name);
  return form;
}

const assignMock = (sent: AssignHelperMutationVariables[], result: object) =>
  recordingMock(AssignHelperDocument, sent, result);

describe('assigning a helper', () => {
  it('shows PRIMARY_TAKEN next to the role, in Vietnamese', async () => {
    renderHelpers([
      detailMock(detail()),
      organisationsMock,
      accountsMock,
      {
        request: { query: AssignHelperDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.role', reason: 'PRIMARY_TAKEN' }),
      },
    ]);
    const form = await fillAssignForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Phân công' }));
    await expectFieldError(form, /^Vai trò/, 'Người này đã có người giúp đỡ chính');
  });

  it('asks for the helper’s name and organisation before calling the API', async () => {
    renderHelpers([detailMock(detail()), organisationsMock, accountsMock]);
    fireEvent.click(await screen.findByRole('button', { name: 'Phân công người giúp đỡ' }));
    const form = await screen.findByTestId('assign-helper-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Phân công' }));
    await expectFieldError(form, /^Họ tên người giúp đỡ/, 'Vui lòng nhập thông tin này');
    await expectFieldError(form, /^Tổ chức/, 'Vui lòng nhập thông tin này');
  });

  it('closes on success and the tab shows the new helper from the reloaded file', async () => {
    const sent: AssignHelperMutationVariables[] = [];
    renderHelpers([
      detailMock(detail()),
      organisationsMock,
      accountsMock,
      assignMock(sent, { data: { assignHelper: helper({ helperPhone: null }) } }),
      detailMock(detail({ helpers: [helper({ helperPhone: null })] })),
    ]);
    const form = await fillAssignForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Phân công' }));

    expect((await screen.findByTestId('helpers-notice')).textContent).toBe('Đã phân công người giúp đỡ.');
    expect(screen.queryByTestId('assign-helper-form')).toBeNull();
    expect(screen.getByTestId('helper-list').textContent).toContain('Trần Thị Mai');
    expect(sent[0]?.input).toMatchObject({
      returneeId: 'r-duc',
      helperName: 'Trần Thị Mai',
      organisationId: 'org-hpn',
      role: 'PRIMARY',
      helperPhone: null,
    });
  });

  it('links a helper account: its name and organisation fill in, and the account is sent', async () => {
    const sent: AssignHelperMutationVariables[] = [];
    renderHelpers([
      detailMock(detail()),
      organisationsMock,
      accountsMock,
      assignMock(sent, { data: { assignHelper: helper({ helperUserId: 'user-helper' }) } }),
      detailMock(detail({ helpers: [helper({ helperUserId: 'user-helper' })] })),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Phân công người giúp đỡ' }));
    const form = await screen.findByTestId('assign-helper-form');
    await waitFor(() => expect(inputFor(form, /^Tài khoản người giúp đỡ/).disabled).toBe(false));
    await pick(form, /^Tài khoản người giúp đỡ/, 'Hội viên Hội Phụ nữ phường Lãm Hà');
    expect(inputFor(form, /^Họ tên người giúp đỡ/).value).toBe('Hội viên Hội Phụ nữ phường Lãm Hà');
    await waitFor(() => expect(inputFor(form, /^Tổ chức/).value).toBe(womensUnion.name));
    fireEvent.click(within(form).getByRole('button', { name: 'Phân công' }));
    await screen.findByTestId('helpers-notice');
    expect(sent[0]?.input).toMatchObject({ helperUserId: 'user-helper', organisationId: womensUnion.id });
  });

  it('offers no assignment to other roles', async () => {
    renderHelpers([detailMock(detail({ helpers: [helper()] }))], { ...officer, role: Role.VIEWER });
    await screen.findByTestId('helper-list');
    expect(screen.queryByRole('button', { name: 'Phân công người giúp đỡ' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kết thúc phân công' })).toBeNull();
  });
});

describe('ending an assignment', () => {
  it('shows the API’s date rule next to the end date', async () => {
    renderHelpers([
      detailMock(detail({ helpers: [helper()] })),
      {
        request: { query: EndHelperAssignmentDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.endedOn', reason: 'BEFORE_START' }),
      },
    ]);
    const card = await screen.findByTestId('helper-card');
    fireEvent.click(within(card).getByRole('button', { name: 'Kết thúc phân công' }));
    const form = await screen.findByTestId('end-helper-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Kết thúc' }));
    await expectFieldError(form, /^Ngày kết thúc/, 'Không thể trước ngày bắt đầu');
  });

  it('moves the ended assignment to the history', async () => {
    const ended = helper({ endedOn: '2024-06-30', endReason: 'Chuyển công tác', daysSinceLastContact: null });
    renderHelpers([
      detailMock(detail({ helpers: [helper()] })),
      {
        request: { query: EndHelperAssignmentDocument, variables: () => true },
        result: { data: { endHelperAssignment: ended } },
      },
      detailMock(detail({ helpers: [ended] })),
    ]);
    const card = await screen.findByTestId('helper-card');
    fireEvent.click(within(card).getByRole('button', { name: 'Kết thúc phân công' }));
    const form = await screen.findByTestId('end-helper-form');
    fireEvent.change(within(form).getByLabelText(/^Lý do/), { target: { value: 'Chuyển công tác' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Kết thúc' }));

    const history = await screen.findByTestId('helper-history');
    expect(history.textContent).toContain('Lý do: Chuyển công tác');
    expect(screen.queryByTestId('helper-list')).toBeNull();
    expect(screen.getByText('Chưa phân công người giúp đỡ.')).toBeTruthy();
  });
});

describe('signing a helper out of every device (a lost phone)', () => {
  // Loaded before rendering, so a missing button means "not offered", not "texts still loading".
  beforeAll(() => loadAdminTexts('vi'));
  const withAccount = helper({ helperUserId: 'user-helper' });

  it('lets the officer end the helper account’s sessions from its card, and tells how many ended', async () => {
    renderHelpers([
      detailMock(detail({ helpers: [withAccount] })),
      {
        request: { query: EndUserSessionsDocument, variables: { userId: 'user-helper' } },
        result: { data: { endUserSessions: 1 } },
      },
    ]);
    const card = await screen.findByTestId('helper-card');
    fireEvent.click(await within(card).findByRole('button', { name: 'Đăng xuất mọi thiết bị' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng xuất mọi thiết bị' }));
    expect((await screen.findByTestId('helpers-notice')).textContent).toContain('1 phiên đăng nhập đã kết thúc');
  });

  it('is not offered for a helper without an account', async () => {
    renderHelpers([detailMock(detail({ helpers: [helper()] }))]);
    await screen.findByTestId('helper-card');
    expect(screen.queryByRole('button', { name: 'Đăng xuất mọi thiết bị' })).toBeNull();
  });

  it('is not offered to a committee user', async () => {
    renderHelpers([detailMock(detail({ helpers: [withAccount] }))], { ...officer, role: Role.COMMITTEE });
    await screen.findByTestId('helper-card');
    expect(screen.queryByRole('button', { name: 'Đăng xuất mọi thiết bị' })).toBeNull();
  });
});
