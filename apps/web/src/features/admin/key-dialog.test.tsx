import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CreateServiceAccountDocument,
  type CreateServiceAccountMutationVariables,
  DataSharingAgreementsDocument,
  ServiceAccountsDocument,
} from '../../gql/graphql';
import { loadAdminTexts } from '../../i18n/admin';
import { lamHa, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import ServiceAccountsPage from './service-accounts-page';

const admin = { ...officer, id: 'user-admin', role: Role.ADMIN, displayName: 'Quản trị' };
const KEY = 'hn_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

const account = {
  __typename: 'ServiceAccount',
  id: 'sa-1',
  name: 'Sở LĐ-TB&XH – báo cáo',
  role: Role.VIEWER,
  allowedOperations: ['reintegrationStats'],
  expiresOn: '2099-12-31',
  createdAt: '2026-11-29T04:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  unit: { __typename: 'AdministrativeUnit', id: lamHa.id, code: lamHa.code, name: lamHa.name },
  agreement: { __typename: 'DataSharingAgreement', id: 'ag-1', counterpart: 'Sở LĐ-TB&XH Hải Phòng' },
};

const agreement = {
  __typename: 'DataSharingAgreement',
  id: 'ag-1',
  version: 1,
  counterpart: 'Sở LĐ-TB&XH Hải Phòng',
  legalBasisNumber: '125/QĐ-UBND',
  legalBasisDate: '2026-01-15',
  purpose: 'Thống kê việc làm',
  allowedOperations: ['reintegrationStats', 'returnees'],
  redactedFields: ['Returnee.citizenId'],
  startsOn: '2026-01-01',
  endsOn: '2099-12-31',
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  status: 'ACTIVE',
  suspensionReason: null,
  unit: { __typename: 'AdministrativeUnit', id: lamHa.id, code: lamHa.code, name: lamHa.name },
};
const agreements = {
  request: { query: DataSharingAgreementsDocument, variables: {} },
  result: { data: { dataSharingAgreements: [agreement] } },
};

const list = (serviceAccounts: unknown[]) => ({
  request: { query: ServiceAccountsDocument },
  result: { data: { serviceAccounts } },
});

beforeAll(() => loadAdminTexts('vi'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the new integration key', () => {
  it('is shown once, with a copy button and a warning, and is gone once the dialog is closed', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const sent: CreateServiceAccountMutationVariables[] = [];
    renderWithApp(<ServiceAccountsPage />, {
      user: admin,
      url: '/admin/service-accounts',
      path: '/admin/service-accounts',
      mocks: [
        list([]),
        agreements,
        {
          request: {
            query: CreateServiceAccountDocument,
            variables: (variables: CreateServiceAccountMutationVariables) => {
              sent.push(variables);
              return true;
            },
          },
          result: {
            data: {
              createServiceAccount: { __typename: 'CreateServiceAccountResult', key: KEY, serviceAccount: account },
            },
          },
        },
        list([account]),
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Tạo khóa tích hợp' }));
    const form = await screen.findByTestId('create-service-account-form');
    fireEvent.change(within(form).getByLabelText(/^Tên/), { target: { value: account.name } });
    const picker = within(form).getByRole('combobox', { name: /^Thỏa thuận chia sẻ dữ liệu/ });
    await waitFor(() => expect(picker.closest('[data-disabled]')).toBeNull());
    fireEvent.click(picker);
    fireEvent.click(await within(form).findByRole('option', { name: /Sở LĐ-TB&XH Hải Phòng/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Tạo khóa' }));

    const dialog = await screen.findByTestId('key-dialog');
    expect(within(dialog).getByTestId('service-account-key').textContent).toBe(KEY);
    expect(within(dialog).getByRole('alert').textContent).toContain('chỉ hiển thị một lần');
    expect(sent[0]?.input).toMatchObject({
      name: account.name,
      role: Role.VIEWER,
      agreementId: 'ag-1',
      unitCode: lamHa.code,
      allowedOperations: ['reintegrationStats'],
    });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Sao chép khóa' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(KEY));
    expect(await within(dialog).findByRole('button', { name: 'Đã sao chép' })).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tôi đã lưu khóa' }));
    await waitFor(() => expect(screen.queryByTestId('key-dialog')).toBeNull());
    // The list shows the account, never its key.
    await screen.findByTestId('service-account-row');
    expect(document.body.textContent).not.toContain(KEY);
  });
});
