import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegisterReturneeDocument, type RegisterReturneeMutationVariables, UnitsDocument } from '../../gql/graphql';
import { loadCaseworkTexts } from '../../i18n/casework';
import { apiError, officer } from '../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../test/render';
import { expectFieldError } from './forms/form-test-utils';
import RegisterReturneePage from './register-returnee-page';

beforeAll(() => loadCaseworkTexts('vi'));

const unitsMock = {
  request: { query: UnitsDocument },
  result: { data: { units: [] } },
};

function renderPage(mocks: RenderOptions['mocks'], user = officer) {
  return renderWithApp(<RegisterReturneePage />, {
    mocks: [unitsMock, ...(mocks ?? [])],
    url: '/returnees/new',
    path: '/returnees/new',
    user,
  });
}

describe('registering a new person', () => {
  it('shows the API’s citizen ID rule next to the field, in Vietnamese', async () => {
    renderPage([
      {
        request: { query: RegisterReturneeDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.citizenId', reason: 'INVALID_CITIZEN_ID' }),
      },
    ]);
    const form = await screen.findByTestId('register-form');
    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: 'Phạm Văn Long' } });
    fireEvent.change(within(form).getByLabelText(/^Số định danh cá nhân/), { target: { value: '0310' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu hồ sơ' }));

    await expectFieldError(form, /^Số định danh cá nhân/, 'Số định danh cá nhân phải gồm 12 chữ số');
    expect(within(form).getByRole('alert').textContent).toBe('Vui lòng sửa các ô được đánh dấu.');
  });

  it('says a citizen ID already on file is a duplicate', async () => {
    renderPage([
      {
        request: { query: RegisterReturneeDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.citizenId', reason: 'DUPLICATE' }),
      },
    ]);
    const form = await screen.findByTestId('register-form');
    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: 'Phạm Văn Long' } });
    fireEvent.change(within(form).getByLabelText(/^Số định danh cá nhân/), { target: { value: '031092001234' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu hồ sơ' }));
    await expectFieldError(form, /^Số định danh cá nhân/, 'Số định danh cá nhân này đã có trong hồ sơ');
  });

  it('asks for the name before calling the API', async () => {
    // No mock for the mutation: a call would fail the test.
    renderPage([]);
    const form = await screen.findByTestId('register-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu hồ sơ' }));
    await expectFieldError(form, /^Họ và tên/, 'Vui lòng nhập thông tin này');
  });

  it('marks the family contact row the API blames', async () => {
    renderPage([
      {
        request: { query: RegisterReturneeDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.familyContacts.0.phone', reason: 'INVALID_PHONE' }),
      },
    ]);
    const form = await screen.findByTestId('register-form');
    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: 'Phạm Văn Long' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm người thân' }));
    const row = within(form).getByTestId('family-contact-row');
    fireEvent.change(within(row).getByLabelText(/^Họ tên người thân/), { target: { value: 'Phạm Thị Lan' } });
    fireEvent.change(within(row).getByLabelText(/^Quan hệ/), { target: { value: 'mẹ' } });
    fireEvent.change(within(row).getByLabelText(/^Số điện thoại/), { target: { value: 'abc' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu hồ sơ' }));
    await expectFieldError(row, /^Số điện thoại/, 'Số điện thoại không hợp lệ');
  });

  it('sends the details and opens the new person’s file', async () => {
    const sent: RegisterReturneeMutationVariables[] = [];
    renderPage([
      {
        request: {
          query: RegisterReturneeDocument,
          variables: (variables: RegisterReturneeMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { registerReturnee: { __typename: 'Returnee', id: 'r-new', fullName: 'Phạm Văn Long' } } },
        delay: 100,
      },
    ]);
    const form = await screen.findByTestId('register-form');
    fireEvent.change(within(form).getByLabelText(/^Họ và tên/), { target: { value: ' Phạm Văn Long ' } });
    fireEvent.change(within(form).getByLabelText(/^Số định danh cá nhân/), { target: { value: '031 092 009 999' } });
    fireEvent.change(within(form).getByLabelText(/^Tổ dân phố/), { target: { value: 'Tổ 3' } });
    const submit = within(form).getByRole('button', { name: 'Lưu hồ sơ' });
    fireEvent.click(submit);
    // Saving: the button cannot be pressed twice.
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(true));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/returnees/r-new'));
    expect(sent[0]?.input).toMatchObject({
      fullName: 'Phạm Văn Long',
      citizenId: '031 092 009 999',
      residentialGroup: 'Tổ 3',
      permanentAddress: null,
      familyContacts: [],
      unitCode: null,
    });
  });

  it('tells other roles that only the officer opens files', async () => {
    renderPage([], { ...officer, role: Role.COMMITTEE });
    expect((await screen.findByTestId('register-not-allowed')).textContent).toContain('Chỉ cán bộ công an');
    expect(screen.queryByTestId('register-form')).toBeNull();
  });
});
