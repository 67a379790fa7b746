import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDataSharingAgreementDocument,
  type CreateDataSharingAgreementMutationVariables,
  DataSharingAgreementsDocument,
} from '../../../gql/graphql';
import { loadAdminTexts } from '../../../i18n/admin';
import { apiError, lamHa, officer } from '../../../test/fixtures';
import { recordingMock } from '../../../test/mocks';
import { renderWithApp } from '../../../test/render';
import AgreementsPage from './agreements-page';

const admin = { ...officer, id: 'user-admin', role: Role.ADMIN, displayName: 'Quản trị' };

const saved = {
  __typename: 'DataSharingAgreement',
  id: 'ag-1',
  version: 1,
  counterpart: 'Sở LĐ-TB&XH Hải Phòng',
  legalBasisNumber: '125/QĐ-UBND',
  legalBasisDate: '2026-01-15',
  purpose: 'Thống kê việc làm',
  allowedOperations: ['reintegrationStats'],
  redactedFields: ['Returnee.citizenId'],
  startsOn: '2026-12-07',
  endsOn: '2027-12-07',
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  status: 'ACTIVE',
  suspensionReason: null,
  unit: { __typename: 'AdministrativeUnit', id: lamHa.id, code: lamHa.code, name: lamHa.name },
};
const list = (items: unknown[]) => ({
  request: { query: DataSharingAgreementsDocument, variables: {} },
  result: { data: { dataSharingAgreements: items } },
});

beforeAll(() => loadAdminTexts('vi'));

async function openForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Thêm thỏa thuận' }));
  return screen.findByTestId('agreement-form');
}

describe('the data-sharing agreement form', () => {
  it('says in place what is missing before sending anything', async () => {
    renderWithApp(<AgreementsPage />, {
      user: admin,
      url: '/admin/agreements',
      path: '/admin/agreements',
      mocks: [list([])],
    });
    const form = await openForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(form.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThanOrEqual(4));
  });

  it('sends the terms with the unit and shows the API’s refusal at its field', async () => {
    const sent: CreateDataSharingAgreementMutationVariables[] = [];
    renderWithApp(<AgreementsPage />, {
      user: admin,
      url: '/admin/agreements',
      path: '/admin/agreements',
      mocks: [
        list([]),
        recordingMock(
          CreateDataSharingAgreementDocument,
          sent,
          apiError('BAD_USER_INPUT', { field: 'input.allowedOperations.0', reason: 'UNKNOWN_OPERATION' }),
        ),
        recordingMock(CreateDataSharingAgreementDocument, sent, { data: { createDataSharingAgreement: saved } }),
        list([saved]),
      ],
    });
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText(/^Cơ quan tiếp nhận dữ liệu/), {
      target: { value: saved.counterpart },
    });
    fireEvent.change(within(form).getByLabelText(/^Số văn bản căn cứ/), { target: { value: '125/QĐ-UBND' } });
    fireEvent.change(within(form).getByLabelText(/^Ngày văn bản/), { target: { value: '15/01/2026' } });
    fireEvent.blur(within(form).getByLabelText(/^Ngày văn bản/));
    fireEvent.change(within(form).getByLabelText(/^Mục đích sử dụng dữ liệu/), { target: { value: saved.purpose } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toMatchObject({
      counterpart: saved.counterpart,
      legalBasisNumber: '125/QĐ-UBND',
      legalBasisDate: '2026-01-15',
      purpose: saved.purpose,
      unitCode: lamHa.code,
      allowedOperations: ['reintegrationStats'],
      redactedFields: ['Returnee.citizenId'],
      contactEmail: null,
    });
    expect(await within(form).findByText(/Không có thao tác này/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByTestId('agreement-row')).toBeTruthy();
    expect(screen.queryByTestId('agreement-form')).toBeNull();
  });
});
