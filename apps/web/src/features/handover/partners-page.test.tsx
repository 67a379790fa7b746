import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  PartnerDeploymentsDocument,
  RegisterPartnerDeploymentDocument,
  type RegisterPartnerDeploymentMutationVariables,
  RevokePartnerDeploymentDocument,
  type RevokePartnerDeploymentMutationVariables,
} from '../../gql/graphql';
import { loadHandoverTexts } from '../../i18n/handover';
import { officer } from '../../test/fixtures';
import { recordingMock } from '../../test/mocks';
import { renderWithApp } from '../../test/render';
import PartnersPage from './partners-page';

beforeAll(() => loadHandoverTexts('vi'));

const admin = { ...officer, id: 'user-admin', role: Role.ADMIN, displayName: 'Quản trị' };
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAabc=\n-----END PUBLIC KEY-----\n';

const partner = (id: string, name: string, revokedAt: string | null = null) => ({
  __typename: 'PartnerDeployment' as const,
  id,
  code: id,
  name,
  publicKey: PUBLIC_KEY,
  contact: 'Đại úy Lê Văn Bình, 0912 345 678',
  revokedAt,
  createdAt: '2026-11-01T03:00:00Z',
});
const haiDuong = partner('hai-duong', 'Công an tỉnh Hải Dương');

const listed = (partners: unknown[]) => ({
  request: { query: PartnerDeploymentsDocument },
  result: {
    data: {
      deploymentIdentity: { __typename: 'DeploymentIdentity', code: 'hai-phong', publicKey: PUBLIC_KEY },
      partnerDeployments: partners,
    },
  },
});

function renderPage(mocks: object[]) {
  renderWithApp(<PartnersPage />, {
    mocks: mocks as never,
    url: '/admin/partners',
    path: '/admin/partners',
    user: admin,
  });
}

describe('the partner deployments page', () => {
  it('shows this deployment’s code and public key with a copy button, and the partners', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPage([listed([haiDuong, partner('thai-binh', 'Công an tỉnh Thái Bình', '2026-11-10T03:00:00Z')])]);
    expect((await screen.findByTestId('deployment-code')).textContent).toBe('hai-phong');
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép khóa công khai' }));
    await screen.findByText('Đã sao chép.');
    expect(writeText).toHaveBeenCalledWith(PUBLIC_KEY);
    const rows = screen.getAllByTestId('partner-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Đang hoạt động'),
      expect.stringContaining('Đã thu hồi ngày 10/11/2026'),
    ]);
    expect(within(rows[1] as HTMLElement).queryByRole('button', { name: 'Thu hồi' })).toBeNull();
  });

  it('registers a partner, and shows a refused key at the key field in the API’s words', async () => {
    const sent: RegisterPartnerDeploymentMutationVariables[] = [];
    renderPage([
      listed([]),
      {
        request: { query: RegisterPartnerDeploymentDocument, variables: () => true },
        result: {
          errors: [
            {
              message:
                'Khóa công khai không hợp lệ (cần khóa Ed25519 dạng PEM hoặc base64). / Not a valid Ed25519 public key (PEM or base64).',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.publicKey', reason: 'INVALID_PUBLIC_KEY' },
            },
          ],
        },
      },
      recordingMock(RegisterPartnerDeploymentDocument, sent, { data: { registerPartnerDeployment: haiDuong } }),
      listed([haiDuong]),
    ]);
    await screen.findByText('Chưa có đơn vị đối tác nào.');
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký đơn vị đối tác' }));
    const form = await screen.findByTestId('register-partner-form');
    fireEvent.change(within(form).getByLabelText(/Mã hệ thống của đối tác/), { target: { value: 'hai-duong' } });
    fireEvent.change(within(form).getByLabelText(/Tên đơn vị đối tác/), {
      target: { value: 'Công an tỉnh Hải Dương' },
    });
    fireEvent.change(within(form).getByLabelText(/Khóa công khai/), { target: { value: 'khong-phai-khoa' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    await within(form).findByText('Khóa công khai không hợp lệ (cần khóa Ed25519 dạng PEM hoặc base64).');
    fireEvent.change(within(form).getByLabelText(/Khóa công khai/), { target: { value: PUBLIC_KEY } });
    fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    expect((await screen.findByTestId('partners-notice')).textContent).toContain(
      'Đã đăng ký đơn vị đối tác Công an tỉnh Hải Dương.',
    );
    expect(sent).toEqual([
      { input: { code: 'hai-duong', name: 'Công an tỉnh Hải Dương', publicKey: PUBLIC_KEY.trim(), contact: null } },
    ]);
  });

  it('revokes a partner after a confirmation that says what it means', async () => {
    const sent: RevokePartnerDeploymentMutationVariables[] = [];
    renderPage([
      listed([haiDuong]),
      recordingMock(RevokePartnerDeploymentDocument, sent, {
        data: { revokePartnerDeployment: { ...haiDuong, revokedAt: '2026-12-06T03:00:00Z' } },
      }),
    ]);
    const [row] = await screen.findAllByTestId('partner-row');
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Thu hồi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thu hồi khóa của đơn vị đối tác' });
    expect(dialog.textContent).toContain('hồ sơ do Công an tỉnh Hải Dương ký sẽ bị từ chối');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));
    await waitFor(() => expect(sent).toEqual([{ id: 'hai-duong' }]));
    expect((await screen.findByTestId('partners-notice')).textContent).toContain(
      'Đã thu hồi khóa của Công an tỉnh Hải Dương.',
    );
  });
});
