import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PledgeListDocument, SignPledgeDocument, type SignPledgeMutationVariables } from '../../../gql/graphql';
import { loadPledgesTexts } from '../../../i18n/pledges';
import { apiError, officer } from '../../../test/fixtures';
import { recordingMock } from '../../../test/mocks';
import { renderWithApp } from '../../../test/render';
import PledgesPage from '../pledges-page';
import { organisationsMock, PLEDGE_ID, WOMEN } from './fixtures';

const organisations = organisationsMock;

const emptyList = {
  request: { query: PledgeListDocument, variables: () => true },
  result: {
    data: {
      pledges: {
        __typename: 'PledgeConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        edges: [],
      },
    },
  },
  maxUsageCount: 5,
};

const signMock = (sent: SignPledgeMutationVariables[], result: object) =>
  recordingMock(SignPledgeDocument, sent, result);

function renderPage(mocks: object[]) {
  renderWithApp(<PledgesPage />, {
    user: officer,
    url: '/pledges',
    path: '/pledges',
    mocks: [emptyList, organisations, ...mocks] as never,
  });
}

async function fill(form: HTMLElement) {
  fireEvent.click(within(form).getAllByLabelText(/^Loại/)[0] as HTMLElement);
  fireEvent.click(await screen.findByRole('option', { name: 'Giao ước thi đua' }));
  fireEvent.change(within(form).getByLabelText(/^Tên cam kết/), { target: { value: 'Giao ước thi đua năm 2025' } });
  fireEvent.change(within(form).getByLabelText(/^Ngày ký/), { target: { value: '02/01/2025' } });
  fireEvent.change(within(form).getByLabelText(/^Thực hiện từ ngày/), { target: { value: '01/01/2025' } });
  fireEvent.change(within(form).getByLabelText(/^Đến ngày/), { target: { value: '31/12/2025' } });
  const orgs = within(form).getAllByLabelText(/^Các cơ quan, tổ chức ký/)[0] as HTMLInputElement;
  await waitFor(() => expect(orgs.disabled).toBe(false));
  fireEvent.click(orgs);
  fireEvent.click(await screen.findByRole('option', { name: WOMEN.name }));
}

beforeAll(() => loadPledgesTexts('vi'));

describe('signing a new pledge from the list', () => {
  it('asks who signs for each organisation and shows TOO_FEW at the organisations', async () => {
    const sent: SignPledgeMutationVariables[] = [];
    renderPage([signMock(sent, apiError('BAD_USER_INPUT', { field: 'input.signatories', reason: 'TOO_FEW' }))]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ký cam kết mới' }));
    const form = await screen.findByTestId('sign-pledge-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Ghi nhận ký kết' }));
    expect(await within(form).findAllByText('Vui lòng nhập thông tin này')).toHaveLength(6);

    await fill(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Ghi nhận ký kết' }));
    const rows = await within(form).findByTestId('signatory-rows');
    expect(await within(rows).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(within(rows).getByLabelText(`Người đại diện ký của ${WOMEN.name}`), {
      target: { value: 'Vũ Thị Hạnh' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Ghi nhận ký kết' }));
    expect(await within(form).findByText('Giao ước thi đua cần ít nhất hai cơ quan, tổ chức ký')).toBeTruthy();
    expect(sent[0]?.input).toEqual({
      kind: 'EMULATION',
      title: 'Giao ước thi đua năm 2025',
      signedOn: '2025-01-02',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      signatories: [{ organisationId: WOMEN.id, representative: 'Vũ Thị Hạnh', title: null }],
    });
  });

  it('opens the new pledge once signed', async () => {
    const sent: SignPledgeMutationVariables[] = [];
    renderPage([
      signMock(sent, {
        data: { signPledge: { __typename: 'Pledge', id: PLEDGE_ID, title: 'Giao ước thi đua năm 2025' } },
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ký cam kết mới' }));
    const form = await screen.findByTestId('sign-pledge-form');
    await fill(form);
    fireEvent.change(within(form).getByLabelText(`Người đại diện ký của ${WOMEN.name}`), {
      target: { value: 'Vũ Thị Hạnh' },
    });
    fireEvent.change(within(form).getByLabelText(`Chức vụ người ký của ${WOMEN.name}`), {
      target: { value: 'Chủ tịch' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Ghi nhận ký kết' }));
    expect((await screen.findByTestId('location')).textContent).toBe(`/pledges/${PLEDGE_ID}`);
    expect(sent[0]?.input.signatories).toEqual([
      { organisationId: WOMEN.id, representative: 'Vũ Thị Hạnh', title: 'Chủ tịch' },
    ]);
  });
});
