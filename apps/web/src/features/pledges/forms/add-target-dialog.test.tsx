import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AddPledgeTargetDocument,
  type AddPledgeTargetMutationVariables,
  PledgeFormChoicesDocument,
} from '../../../gql/graphql';
import { loadPledgesTexts } from '../../../i18n/pledges';
import { apiError, officer } from '../../../test/fixtures';
import { recordingMock } from '../../../test/mocks';
import { renderWithApp } from '../../../test/render';
import { AddTargetDialog } from './add-target-dialog';
import { choices, manualTarget, organisationsMock, PLEDGE_ID, VETERANS, WOMEN } from './fixtures';

const organisations = organisationsMock;

const addMock = (sent: AddPledgeTargetMutationVariables[], result: object) =>
  recordingMock(AddPledgeTargetDocument, sent, result);

function renderDialog(mocks: object[]) {
  const onClose = vi.fn();
  renderWithApp(<AddTargetDialog pledgeId={PLEDGE_ID} opened onClose={onClose} />, {
    user: officer,
    mocks: [{ request: { query: PledgeFormChoicesDocument }, result: choices }, organisations, ...mocks] as never,
  });
  return { onClose };
}

async function pick(form: HTMLElement, label: RegExp, option: string | RegExp) {
  const input = within(form).getAllByLabelText(label)[0] as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  fireEvent.click(input);
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const submit = (form: HTMLElement) => fireEvent.click(within(form).getByRole('button', { name: 'Thêm chỉ tiêu' }));

beforeAll(() => loadPledgesTexts('vi'));

describe('adding a target to a pledge', () => {
  it('shows the indicator’s definition, asks for its days and shows NOT_SIGNATORY at the organisation', async () => {
    const sent: AddPledgeTargetMutationVariables[] = [];
    renderDialog([
      addMock(sent, apiError('BAD_USER_INPUT', { field: 'input.responsibleOrganisationId', reason: 'NOT_SIGNATORY' })),
    ]);
    const form = await screen.findByTestId('add-target-form');
    await pick(form, /^Chỉ số/, /^Tỷ lệ được phân công/);
    expect(
      within(form).getByText('Số người được phân công người giúp đỡ trong N ngày kể từ khi về địa phương.'),
    ).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Giá trị chỉ tiêu/), { target: { value: '90' } });
    await pick(form, /^Đơn vị chịu trách nhiệm/, VETERANS.name);
    submit(form);
    expect(await within(form).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText(/^Trong vòng/), { target: { value: '7' } });
    submit(form);
    expect(await within(form).findByText('Đơn vị chịu trách nhiệm phải là một bên ký giao ước')).toBeTruthy();
    expect(sent[0]?.input).toEqual({
      pledgeId: PLEDGE_ID,
      kind: 'COMPUTED',
      indicator: 'HELPER_ASSIGNED_SHARE',
      withinDays: 7,
      supportType: null,
      label: null,
      unitOfMeasure: null,
      direction: null,
      target: 90,
      weight: 1,
      responsibleOrganisationId: VETERANS.id,
    });
  });

  it('sends a manual target with its label and unit, and closes once added', async () => {
    const sent: AddPledgeTargetMutationVariables[] = [];
    const { onClose } = renderDialog([addMock(sent, { data: { addPledgeTarget: { ...manualTarget, id: 'new' } } })]);
    const form = await screen.findByTestId('add-target-form');
    fireEvent.click(within(form).getByText('Nhập khi sơ kết, tổng kết'));
    submit(form);
    expect(await within(form).findAllByText('Vui lòng nhập thông tin này')).toHaveLength(3);

    fireEvent.change(within(form).getByLabelText(/^Nội dung chỉ tiêu/), { target: { value: 'Số buổi tuyên truyền' } });
    fireEvent.change(within(form).getByLabelText(/^Đơn vị tính/), { target: { value: 'buổi' } });
    fireEvent.change(within(form).getByLabelText(/^Giá trị chỉ tiêu/), { target: { value: '12' } });
    fireEvent.change(within(form).getByLabelText(/^Trọng số/), { target: { value: '1,5' } });
    await pick(form, /^Đơn vị chịu trách nhiệm/, WOMEN.name);
    submit(form);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent[0]?.input).toMatchObject({
      kind: 'MANUAL',
      indicator: null,
      label: 'Số buổi tuyên truyền',
      unitOfMeasure: 'buổi',
      target: 12,
      weight: 1.5,
      responsibleOrganisationId: WOMEN.id,
    });
  });
});
