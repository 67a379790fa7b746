import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CloseCaseDocument,
  type CloseCaseMutationVariables,
  CreateTaskDocument,
  type CreateTaskMutationVariables,
  UpdateReturneeDocument,
  type UpdateReturneeMutationVariables,
} from '../../../gql/graphql';
import { loadCaseworkTexts } from '../../../i18n/casework';
import { apiError, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import ReturneeDetailPage from '../returnee-detail-page';
import { detail } from '../test-fixtures';
import { detailMock, expectFieldError, pick } from './form-test-utils';
import { CaseStatus, HelperRole, TaskKind, IncidentKind } from '@hoanhap/shared';
import { recordingMock } from '../../../test/mocks';

beforeAll(() => loadCaseworkTexts('vi'));

function renderTab(url: string, mocks: RenderOptions['mocks']) {
  return renderWithApp(<ReturneeDetailPage />, { mocks, url, path: '/returnees/:id', user: officer });
}

const helperWithAccount = {
  __typename: 'HelperAssignment' as const,
  id: 'ha-1',
  helperName: 'Trần Thị Mai',
  helperPhone: null,
  helperUserId: 'user-helper',
  role: HelperRole.PRIMARY,
  startedOn: '2024-02-01',
  endedOn: null,
  endReason: null,
  daysSinceLastContact: 3,
  organisation: { __typename: 'Organisation' as const, id: 'org-hpn', name: 'Hội Phụ nữ phường Lãm Hà' },
};

const task = {
  __typename: 'Task' as const,
  id: 'task-1',
  title: 'Giới thiệu lớp học nghề hàn',
  kind: TaskKind.MANUAL,
  dueOn: '2099-01-10',
  completedAt: null,
  note: null,
  owner: { __typename: 'User' as const, id: 'user-helper', displayName: 'Trần Thị Mai' },
  returnee: { __typename: 'Returnee' as const, id: 'r-duc', fullName: 'Nguyễn Văn Đức' },
};

describe('creating a task', () => {
  it('shows the API’s reason at the assignee', async () => {
    renderTab('/returnees/r-duc?tab=tasks', [
      detailMock(detail({ helpers: [helperWithAccount] })),
      {
        request: { query: CreateTaskDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.ownerId', reason: 'NOT_ASSIGNED' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo việc cần làm' }));
    const form = await screen.findByTestId('task-form');
    fireEvent.change(within(form).getByLabelText(/^Nội dung công việc/), { target: { value: 'Gọi điện hỏi thăm' } });
    await pick(form, /^Người thực hiện/, 'Trần Thị Mai (người giúp đỡ)');
    fireEvent.click(within(form).getByRole('button', { name: 'Tạo việc' }));
    await expectFieldError(form, /^Người thực hiện/, 'Người giúp đỡ này không được phân công cho người này');
  });

  it('asks for a title before calling the API', async () => {
    renderTab('/returnees/r-duc?tab=tasks', [detailMock(detail())]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo việc cần làm' }));
    const form = await screen.findByTestId('task-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Tạo việc' }));
    await expectFieldError(form, /^Nội dung công việc/, 'Vui lòng nhập thông tin này');
  });

  it('sends the helper as owner and lists the new task', async () => {
    const sent: CreateTaskMutationVariables[] = [];
    renderTab('/returnees/r-duc?tab=tasks', [
      detailMock(detail({ helpers: [helperWithAccount] })),
      recordingMock(CreateTaskDocument, sent, { data: { createTask: task } }),
      detailMock(detail({ helpers: [helperWithAccount], tasks: [task] })),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo việc cần làm' }));
    const form = await screen.findByTestId('task-form');
    fireEvent.change(within(form).getByLabelText(/^Nội dung công việc/), { target: { value: task.title } });
    await pick(form, /^Người thực hiện/, 'Trần Thị Mai (người giúp đỡ)');
    fireEvent.click(within(form).getByRole('button', { name: 'Tạo việc' }));

    expect(await screen.findByText('Đã tạo việc cần làm.')).toBeTruthy();
    expect(screen.getByText(task.title)).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({ returneeId: 'r-duc', title: task.title, ownerId: 'user-helper' });
  });
});

describe('family contacts on the profile', () => {
  it('adds a contact and sends the whole list with the version', async () => {
    const sent: UpdateReturneeMutationVariables[] = [];
    const mother = { __typename: 'FamilyContact' as const, name: 'Phạm Thị Lan', relation: 'mẹ', phone: '0912000111' };
    renderTab('/returnees/r-duc?tab=profile', [
      detailMock(detail()),
      recordingMock(UpdateReturneeDocument, sent, {
        data: { updateReturnee: { ...detail({ familyContacts: [mother] }), version: 3 } },
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa thông tin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm người thân' }));
    const row = screen.getByTestId('family-contact-row');
    fireEvent.change(within(row).getByLabelText(/^Họ tên người thân/), { target: { value: ' Phạm Thị Lan ' } });
    fireEvent.change(within(row).getByLabelText(/^Quan hệ/), { target: { value: 'mẹ' } });
    fireEvent.change(within(row).getByLabelText(/^Số điện thoại/), { target: { value: '0912000111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByTestId('profile-view');
    expect(sent[0]?.input).toEqual({
      id: 'r-duc',
      version: 2,
      familyContacts: [{ name: 'Phạm Thị Lan', relation: 'mẹ', phone: '0912000111' }],
    });
    expect(screen.getByTestId('profile-familyContacts').textContent).toBe('Phạm Thị Lan (mẹ) 0912000111');
  });

  it('marks the row whose phone the API refuses', async () => {
    const mother = { __typename: 'FamilyContact' as const, name: 'Phạm Thị Lan', relation: 'mẹ', phone: null };
    renderTab('/returnees/r-duc?tab=profile', [
      detailMock(detail({ familyContacts: [mother] })),
      {
        request: { query: UpdateReturneeDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.familyContacts.1.phone', reason: 'INVALID_PHONE' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa thông tin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm người thân' }));
    const rows = screen.getAllByTestId('family-contact-row');
    expect(rows).toHaveLength(2);
    const second = rows[1] as HTMLElement;
    fireEvent.change(within(second).getByLabelText(/^Họ tên người thân/), { target: { value: 'Nguyễn Văn Hùng' } });
    fireEvent.change(within(second).getByLabelText(/^Quan hệ/), { target: { value: 'anh trai' } });
    fireEvent.change(within(second).getByLabelText(/^Số điện thoại/), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await expectFieldError(second, /^Số điện thoại/, 'Số điện thoại không hợp lệ');
    const first = rows[0] as HTMLElement;
    expect(
      within(first)
        .getByLabelText(/^Số điện thoại/)
        .getAttribute('aria-invalid'),
    ).not.toBe('true');
  });
});

describe('closing a case as a new conviction', () => {
  const offence = {
    __typename: 'Incident' as const,
    id: 'inc-9',
    kind: IncidentKind.NEW_OFFENCE,
    occurredOn: '2024-06-01',
    note: 'Bị khởi tố',
  };

  it('says a new-offence incident must be recorded first', async () => {
    renderTab('/returnees/r-duc', [detailMock(detail())]);
    fireEvent.click(await screen.findByRole('button', { name: 'Kết thúc hồ sơ' }));
    const dialog = await screen.findByRole('dialog');
    await pick(dialog, /^Lý do kết thúc/, 'Bị kết án mới');
    expect(within(dialog).getByTestId('no-new-offence').textContent).toContain('Hãy ghi nhận sự việc ở thẻ Sự việc');
  });

  it('sends the chosen incident with the closure', async () => {
    const sent: CloseCaseMutationVariables[] = [];
    renderTab('/returnees/r-duc', [
      detailMock(detail({ incidents: [offence] })),
      recordingMock(CloseCaseDocument, sent, { data: { closeCase: { __typename: 'CaseClosure', id: 'cl-1' } } }),
      detailMock(detail({ incidents: [offence], status: CaseStatus.CLOSED, allowedTransitions: [] })),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Kết thúc hồ sơ' }));
    const dialog = await screen.findByRole('dialog');
    await pick(dialog, /^Lý do kết thúc/, 'Bị kết án mới');
    await pick(dialog, /^Sự việc phạm tội mới/, '01/06/2024 · Bị khởi tố');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toMatchObject({ reason: 'NEW_CONVICTION', incidentId: 'inc-9' });
  });
});
