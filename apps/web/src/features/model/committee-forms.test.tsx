import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AppointCommitteeMemberDocument,
  type AppointCommitteeMemberMutationVariables,
  EndCommitteeMembershipDocument,
  type EndCommitteeMembershipMutationVariables,
} from '../../gql/graphql';
import { loadModelTexts } from '../../i18n/model';
import { apiError, officer } from '../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../test/render';
import {
  COMMITTEE_ID,
  capture,
  HEAD_ID,
  head,
  MEMBER_ID,
  member,
  modelPage,
  organisations,
  women,
} from './model-fixtures';
import ModelPage from './model-page';

const committeeUser = { ...officer, role: Role.COMMITTEE, email: 'ubnd.lamha@hoanhap.local' };
const NEW_ID = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';

function renderPage(mocks: RenderOptions['mocks'], user = committeeUser) {
  return renderWithApp(<ModelPage />, {
    user,
    url: '/model',
    path: '/model',
    mocks: [organisations, ...(mocks ?? [])],
  });
}

async function pick(form: HTMLElement, label: RegExp, option: string | RegExp) {
  const input = within(form).getByRole('combobox', { name: label });
  await waitFor(() => expect((input as HTMLInputElement).disabled).toBe(false));
  fireEvent.click(input);
  fireEvent.click(await within(form).findByRole('option', { name: option }));
}

beforeAll(() => loadModelTexts('vi'));

describe('appointing a steering committee member', () => {
  it('offers no forms to a role that only reads', async () => {
    renderPage([modelPage()], { ...officer, role: Role.VIEWER });
    expect(await screen.findAllByTestId('committee-member')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Bổ nhiệm thành viên' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Kết thúc nhiệm vụ/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm văn bản' })).toBeNull();
  });

  it('asks for the name and position first, then appoints and shows the new member after reading the roster again', async () => {
    const sent: AppointCommitteeMemberMutationVariables[] = [];
    const appointed = member(NEW_ID, 'Trần Văn Nam', 'MEMBER', { title: 'Chủ tịch Hội Nông dân phường' });
    renderPage([
      modelPage(),
      {
        request: { query: AppointCommitteeMemberDocument, variables: capture(sent) },
        result: { data: { appointCommitteeMember: appointed } },
      },
      modelPage({ members: [head, women, appointed] }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Bổ nhiệm thành viên' }));
    const form = await screen.findByTestId('appoint-member-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Bổ nhiệm' }));
    expect(await within(form).findAllByText('Vui lòng nhập thông tin này')).toHaveLength(2);
    expect(sent).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: 'Trần Văn Nam' } });
    fireEvent.change(within(form).getByLabelText(/^Chức vụ/), { target: { value: 'Chủ tịch Hội Nông dân phường' } });
    await pick(form, /^Cơ quan, tổ chức/, 'Hội Phụ nữ phường Lãm Hà');
    fireEvent.click(within(form).getByRole('button', { name: 'Bổ nhiệm' }));

    expect((await screen.findByTestId('committee-notice')).textContent).toContain('Đã bổ nhiệm Trần Văn Nam');
    await waitFor(() => expect(screen.getAllByTestId('committee-member')).toHaveLength(3));
    expect(screen.queryByTestId('appoint-member-form')).toBeNull();
    expect(sent[0]?.input).toMatchObject({
      committeeId: COMMITTEE_ID,
      personName: 'Trần Văn Nam',
      title: 'Chủ tịch Hội Nông dân phường',
      organisationId: 'org-women',
      role: 'MEMBER',
      replacesMemberId: null,
    });
  });

  it('shows a held seat (ROLE_TAKEN) at the "replaces" field and a date outside the term at the start date', async () => {
    const sent: AppointCommitteeMemberMutationVariables[] = [];
    renderPage([
      modelPage(),
      {
        request: { query: AppointCommitteeMemberDocument, variables: capture(sent) },
        result: apiError('CONFLICT', { field: 'input.role', reason: 'ROLE_TAKEN' }),
      },
      {
        request: { query: AppointCommitteeMemberDocument, variables: capture(sent) },
        result: apiError('BAD_USER_INPUT', { field: 'input.startedOn', reason: 'OUTSIDE_TERM' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Bổ nhiệm thành viên' }));
    const form = await screen.findByTestId('appoint-member-form');
    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: 'Đặng Văn Quân' } });
    fireEvent.change(within(form).getByLabelText(/^Chức vụ/), { target: { value: 'Phó Trưởng Công an phường' } });
    await pick(form, /^Chức danh trong Ban/, 'Phó Trưởng ban thường trực');
    // Nobody holds the seat in this copy of the roster: the API knows better.
    expect(within(form).getByRole('combobox', { name: /^Thay thế cho/ })).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Bổ nhiệm' }));
    expect(
      await within(form).findByText('Vị trí này đang có người đảm nhiệm: hãy chọn người được thay thế'),
    ).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({ role: 'STANDING_DEPUTY', replacesMemberId: null });

    fireEvent.click(within(form).getByRole('button', { name: 'Bổ nhiệm' }));
    expect(await within(form).findByText('Ngày này nằm ngoài nhiệm kỳ của Ban Chỉ đạo')).toBeTruthy();
  });
});

describe('ending a membership', () => {
  it('shows a date outside the term at the end date, then ends it and shows it in the history', async () => {
    const sent: EndCommitteeMembershipMutationVariables[] = [];
    const ended = { ...women, endedOn: '2025-06-30', endReason: 'Chuyển công tác' };
    renderPage([
      modelPage(),
      {
        request: { query: EndCommitteeMembershipDocument, variables: capture(sent) },
        result: apiError('BAD_USER_INPUT', { field: 'input.endedOn', reason: 'OUTSIDE_TERM' }),
      },
      {
        request: { query: EndCommitteeMembershipDocument, variables: capture(sent) },
        result: { data: { endCommitteeMembership: ended } },
      },
      modelPage({ members: [head], history: [head, ended] }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Kết thúc nhiệm vụ của Lê Thị Minh' }));
    const form = await screen.findByTestId('end-membership-form');
    fireEvent.change(within(form).getByLabelText(/^Lý do/), { target: { value: 'Chuyển công tác' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Kết thúc' }));
    expect(await within(form).findByText('Ngày này nằm ngoài nhiệm kỳ của Ban Chỉ đạo')).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: 'Kết thúc' }));
    expect((await screen.findByTestId('committee-notice')).textContent).toContain('Lê Thị Minh');
    await waitFor(() => expect(screen.getAllByTestId('committee-member')).toHaveLength(1));
    const history = screen.getAllByTestId('committee-history-row').map((row) => row.textContent);
    expect(history).toContainEqual(expect.stringContaining('30/06/2025'));
    expect(history).toContainEqual(expect.stringContaining('Chuyển công tác'));
    expect(sent[1]?.input).toMatchObject({ memberId: MEMBER_ID, endReason: 'Chuyển công tác' });
  });

  it('explains that the head is replaced, not ended, and opens the appointment of a successor', async () => {
    const sent: AppointCommitteeMemberMutationVariables[] = [];
    renderPage([
      modelPage(),
      {
        request: { query: AppointCommitteeMemberDocument, variables: capture(sent) },
        result: apiError('BAD_USER_INPUT', { field: 'input.replacesMemberId', reason: 'NOT_SERVING' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Kết thúc nhiệm vụ của Nguyễn Văn Thịnh' }));
    const explained = await screen.findByTestId('end-head-explained');
    expect(explained.textContent).toContain('Ban Chỉ đạo luôn phải có một Trưởng ban');
    expect(screen.queryByTestId('end-membership-form')).toBeNull();
    fireEvent.click(within(explained).getByRole('button', { name: 'Bổ nhiệm người thay thế' }));

    const form = await screen.findByTestId('appoint-member-form');
    expect((within(form).getByRole('combobox', { name: /^Chức danh trong Ban/ }) as HTMLInputElement).value).toBe(
      'Trưởng ban',
    );
    expect((within(form).getByRole('combobox', { name: /^Thay thế cho/ }) as HTMLInputElement).value).toContain(
      'Nguyễn Văn Thịnh',
    );
    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: 'Bùi Văn Hưng' } });
    fireEvent.change(within(form).getByLabelText(/^Chức vụ/), { target: { value: 'Chủ tịch UBND phường' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bổ nhiệm' }));
    expect(await within(form).findByText('Người này không còn đảm nhiệm vào ngày đó')).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({ role: 'HEAD', replacesMemberId: HEAD_ID });
  });
});
