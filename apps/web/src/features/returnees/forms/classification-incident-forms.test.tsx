import { Role, ClassificationGroup, IncidentKind } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ClassifyReturneeDocument,
  type ClassifyReturneeMutationVariables,
  RecordIncidentDocument,
} from '../../../gql/graphql';
import { loadCaseworkTexts } from '../../../i18n/casework';
import { apiError, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import ReturneeDetailPage from '../returnee-detail-page';
import { detail } from '../test-fixtures';
import { detailMock, expectFieldError, inputFor, pick } from './form-test-utils';
import { recordingMock } from '../../../test/mocks';

beforeAll(() => loadCaseworkTexts('vi'));

function renderTab(tab: string, mocks: RenderOptions['mocks'], user = officer) {
  return renderWithApp(<ReturneeDetailPage />, {
    mocks,
    url: `/returnees/r-duc?tab=${tab}`,
    path: '/returnees/:id',
    user,
  });
}

const classification = {
  __typename: 'Classification' as const,
  id: 'cl-1',
  group: ClassificationGroup.B,
  periodStart: '2024-05-01',
  periodEnd: null,
  reasons: ['Chưa có việc làm ổn định'],
};

async function openClassify() {
  fireEvent.click(await screen.findByRole('button', { name: 'Phân loại' }));
  return screen.findByTestId('classify-form');
}

describe('classifying a person', () => {
  it('asks for a reason for group B before calling the API', async () => {
    renderTab('classification', [detailMock(detail())]);
    const form = await openClassify();
    await pick(form, /^Nhóm/, /^Nhóm B/);
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu phân loại' }));
    await expectFieldError(form, /^Lý do/, 'Nhóm B, C, D cần ít nhất một lý do');
  });

  it('shows an overlapping period at its start date', async () => {
    renderTab('classification', [
      detailMock(detail()),
      {
        request: { query: ClassifyReturneeDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.periodStart', reason: 'OVERLAPS' }),
      },
    ]);
    const form = await openClassify();
    await pick(form, /^Nhóm/, /^Nhóm A/);
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu phân loại' }));
    await expectFieldError(form, /^Từ ngày/, 'Trùng với một giai đoạn đã có');
  });

  it('closes on success; the history and the timeline show the new group', async () => {
    const sent: ClassifyReturneeMutationVariables[] = [];
    renderTab('classification', [
      detailMock(detail()),
      recordingMock(ClassifyReturneeDocument, sent, { data: { classifyReturnee: classification } }),
      detailMock(detail({ classifications: [classification], currentClassification: classification })),
    ]);
    const form = await openClassify();
    await pick(form, /^Nhóm/, /^Nhóm B/);
    const reasons = inputFor(form, /^Lý do/);
    fireEvent.change(reasons, { target: { value: 'Chưa có việc làm ổn định\n  \n' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu phân loại' }));

    const list = await screen.findByTestId('classification-list');
    expect(list.textContent).toContain('Nhóm B');
    expect(list.textContent).toContain('Hiện tại');
    await waitFor(() => expect(screen.queryByTestId('classify-form')).toBeNull());
    expect(sent[0]?.input).toMatchObject({ group: 'B', reasons: ['Chưa có việc làm ổn định'], periodEnd: null });

    fireEvent.click(screen.getByRole('tab', { name: 'Diễn biến' }));
    expect((await screen.findByTestId('timeline')).textContent).toContain('Phân loại: nhóm B');
  });
});

describe('incidents', () => {
  it('shows the API’s date rule next to the date', async () => {
    renderTab('incidents', [
      detailMock(detail()),
      {
        request: { query: RecordIncidentDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.occurredOn', reason: 'IN_FUTURE' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận sự việc' }));
    const form = await screen.findByTestId('incident-form');
    await pick(form, /^Loại sự việc/, 'Vi phạm hành chính');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu sự việc' }));
    await expectFieldError(form, /^Ngày xảy ra/, 'Ngày này không thể ở tương lai');
  });

  it('says what a new offence is for, and lists it once saved', async () => {
    const incident = {
      __typename: 'Incident' as const,
      id: 'inc-1',
      kind: IncidentKind.NEW_OFFENCE,
      occurredOn: '2024-06-01',
      note: 'Bị khởi tố',
    };
    renderTab('incidents', [
      detailMock(detail()),
      {
        request: { query: RecordIncidentDocument, variables: () => true },
        result: { data: { recordIncident: incident } },
      },
      detailMock(detail({ incidents: [incident] })),
    ]);
    expect((await screen.findByText('Không có sự việc nào.')).textContent).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi nhận sự việc' }));
    const form = await screen.findByTestId('incident-form');
    await pick(form, /^Loại sự việc/, 'Phạm tội mới');
    expect(within(form).getByTestId('new-offence-hint').textContent).toContain('kết thúc hồ sơ vì bị kết án mới');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu sự việc' }));
    const list = await screen.findByTestId('incident-list');
    expect(list.textContent).toContain('01/06/2024 · Phạm tội mới');
    expect(list.textContent).toContain('Bị khởi tố');
  });

  it('explains the hidden list to a committee user and offers the purpose-bound reveal', async () => {
    renderTab('incidents', [detailMock(detail({ citizenId: null }))], { ...officer, role: Role.COMMITTEE });
    const notice = await screen.findByTestId('incidents-hidden');
    expect(notice.textContent).toContain('Thông tin nhạy cảm đã được ẩn');
    expect(within(notice).getByRole('button', { name: 'Xem thông tin (nêu mục đích)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ghi nhận sự việc' })).toBeNull();
  });

  it('tells a helper the incidents are not for their role', async () => {
    renderTab('incidents', [detailMock(detail({ citizenId: null }))], { ...officer, role: Role.HELPER });
    const notice = await screen.findByTestId('incidents-hidden');
    expect(notice.textContent).toContain('Vai trò của bạn không được xem các sự việc');
    expect(within(notice).queryByRole('button')).toBeNull();
  });
});
