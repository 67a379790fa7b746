import { Role } from '@hoanhap/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EmployerDetailDocument,
  EmployersDocument,
  PlacementCandidatesDocument,
  RecordJobOfferDocument,
  type RecordJobOfferMutationVariables,
  RecordPlacementDocument,
  type RecordPlacementMutationVariables,
  RegisterEmployerDocument,
} from '../../gql/graphql';
import { loadEmployersTexts } from '../../i18n/employers';
import { apiError, capture, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import EmployerDetailPage from './employer-detail-page';
import EmployersPage from './employers-page';

const EMPLOYER_ID = '5d1f7a3e-2b4c-4d6e-8f01-23456789abcd';
const PERSON_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const employer = {
  __typename: 'Employer',
  id: EMPLOYER_ID,
  name: 'Công ty TNHH May mặc Kiến An',
  contactPerson: 'Trần Thị Hoa',
  phone: '0225 3876 123',
  address: 'Lãm Hà, Hải Phòng',
  staffCount: 18,
  returneesOnStaff: 2,
  returneeShare: 0.1111,
  meetsSocialPolicyBankShare: true,
} as const;

const offer = {
  __typename: 'JobOffer',
  id: 'offer-1',
  employerId: EMPLOYER_ID,
  title: 'Công nhân may',
  positions: 3,
  wageMinVnd: '6500000',
  wageMaxVnd: '8000000',
  status: 'OPEN',
  offeredOn: '2025-08-01',
} as const;

const detail = {
  request: { query: EmployerDetailDocument },
  result: { data: { employers: [{ ...employer, jobOffers: [offer], placements: [] }] } },
};

beforeAll(() => loadEmployersTexts('vi'));

describe('the employers list and registering an employer', () => {
  it('lists the 10% flag and refuses a duplicate name on the name field', async () => {
    renderWithApp(<EmployersPage />, {
      user: officer,
      url: '/employers',
      path: '/employers',
      mocks: [
        { request: { query: EmployersDocument }, result: { data: { employers: [employer] } } },
        {
          request: { query: RegisterEmployerDocument, variables: () => true },
          result: apiError('BAD_USER_INPUT', { field: 'input.name', reason: 'DUPLICATE' }),
        },
      ],
    });
    const row = await screen.findByTestId('employer-row');
    expect(row.textContent).toContain('Công ty TNHH May mặc Kiến An');
    expect(row.textContent).toContain('Đủ điều kiện');
    expect(row.textContent).toContain('11,1');

    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký doanh nghiệp' }));
    const form = await screen.findByTestId('register-employer-form');
    fireEvent.change(within(form).getByLabelText(/^Tên doanh nghiệp/), { target: { value: employer.name } });
    fireEvent.change(within(form).getByLabelText(/^Số lao động/), { target: { value: 'mười' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    expect(await within(form).findByText('Phải là số nguyên')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/^Số lao động/), { target: { value: '18' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    expect(await within(form).findByText('Đơn vị đã có tổ chức mang tên này')).toBeTruthy();
  });

  it('offers no register button to roles that may only read', async () => {
    renderWithApp(<EmployersPage />, {
      user: { ...officer, role: Role.VIEWER },
      url: '/employers',
      path: '/employers',
      mocks: [{ request: { query: EmployersDocument }, result: { data: { employers: [] } } }],
    });
    expect(await screen.findByTestId('employers-empty')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng ký doanh nghiệp' })).toBeNull();
  });
});

describe('an employer’s job offers and placements', () => {
  it('sends the wage band as whole đồng and shows BELOW_MIN on the highest wage', async () => {
    const sent: RecordJobOfferMutationVariables[] = [];
    renderWithApp(<EmployerDetailPage />, {
      user: officer,
      url: `/employers/${EMPLOYER_ID}`,
      path: '/employers/:id',
      mocks: [
        detail,
        {
          request: { query: RecordJobOfferDocument, variables: capture(sent) },
          result: apiError('BAD_USER_INPUT', { field: 'input.wageMaxVnd', reason: 'BELOW_MIN' }),
        },
      ],
    });
    expect((await screen.findByTestId('job-offer-row')).textContent).toContain('6.500.000 – 8.000.000 đ');

    fireEvent.click(screen.getByRole('button', { name: 'Ghi nhận vị trí tuyển dụng' }));
    const form = await screen.findByTestId('job-offer-form');
    fireEvent.change(within(form).getByLabelText(/^Vị trí/), { target: { value: 'Thợ hàn' } });
    fireEvent.change(within(form).getByLabelText(/^Số người/), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText(/^Lương tối thiểu/), { target: { value: '7.000.000' } });
    fireEvent.change(within(form).getByLabelText(/^Lương tối đa/), { target: { value: '6.000.000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ghi nhận' }));

    expect(await within(form).findByText('Không được thấp hơn lương tối thiểu')).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({
      employerId: EMPLOYER_ID,
      title: 'Thợ hàn',
      positions: 2,
      wageMinVnd: '7000000',
      wageMaxVnd: '6000000',
      status: 'OPEN',
    });
  });

  it('finds a person by a name typed without diacritics and shows OVERLAP on the start date', async () => {
    const searched: { search: string }[] = [];
    const sent: RecordPlacementMutationVariables[] = [];
    renderWithApp(<EmployerDetailPage />, {
      user: officer,
      url: `/employers/${EMPLOYER_ID}`,
      path: '/employers/:id',
      mocks: [
        detail,
        {
          request: { query: PlacementCandidatesDocument, variables: capture(searched) },
          result: {
            data: {
              returnees: {
                __typename: 'ReturneeConnection',
                edges: [
                  {
                    __typename: 'ReturneeEdge',
                    node: {
                      __typename: 'Returnee',
                      id: PERSON_ID,
                      fullName: 'Nguyễn Văn Bình',
                      dateOfBirth: '1990-05-12',
                      returnedOn: '2024-03-01',
                    },
                  },
                ],
              },
            },
          },
        },
        {
          request: { query: RecordPlacementDocument, variables: capture(sent) },
          result: apiError('BAD_USER_INPUT', { field: 'input.startedOn', reason: 'OVERLAP' }),
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Giới thiệu việc làm' }));
    const form = await screen.findByTestId('placement-form');

    // Nobody picked yet: the form says so without asking the API.
    fireEvent.click(within(form).getByRole('button', { name: 'Giới thiệu' }));
    expect(await within(form).findByText('Vui lòng nhập thông tin này')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/^Người tái hòa nhập/), { target: { value: 'nguyen van' } });
    fireEvent.click(await within(form).findByRole('radio', { name: /Nguyễn Văn Bình \(sinh 12\/05\/1990\)/ }));
    expect(searched[0]).toEqual({ search: 'nguyen van' });
    fireEvent.change(within(form).getByLabelText(/^Thời hạn hợp đồng/), { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Giới thiệu' }));

    expect(await within(form).findByText(/đang có giai đoạn việc làm trùng thời gian/)).toBeTruthy();
    expect(sent[0]?.input).toMatchObject({
      employerId: EMPLOYER_ID,
      returneeId: PERSON_ID,
      contractMonths: 12,
      jobOfferId: null,
    });
  });

  it('says so when the employer is not in scope', async () => {
    renderWithApp(<EmployerDetailPage />, {
      user: officer,
      url: '/employers/elsewhere',
      path: '/employers/:id',
      mocks: [detail],
    });
    expect(await screen.findByTestId('employer-not-found')).toBeTruthy();
  });
});
