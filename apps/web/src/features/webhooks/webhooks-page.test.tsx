import { Role } from '@hoanhap/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateWebhookEndpointDocument,
  type CreateWebhookEndpointMutationVariables,
  WebhookEndpointsDocument,
} from '../../gql/graphql';
import { loadWebhooksTexts } from '../../i18n/webhooks';
import { officer } from '../../test/fixtures';
import { recordingMock } from '../../test/mocks';
import { renderWithApp } from '../../test/render';
import WebhooksPage from './webhooks-page';

beforeAll(() => loadWebhooksTexts('vi'));

const admin = { ...officer, id: 'user-admin', role: Role.ADMIN, displayName: 'Quản trị' };
const AGREEMENT = '0b0e3c1a-3f55-4c1e-9a57-4f0a2a9e7c11';

const endpoint = (id: string, url: string, status: 'ENABLED' | 'DISABLED', disabledReason: string | null = null) => ({
  __typename: 'WebhookEndpoint' as const,
  id,
  url,
  eventTypes: ['case.closed', 'report.submitted'],
  status,
  disabledReason,
  consecutiveFailures: status === 'DISABLED' ? 1 : 0,
  previousSecretExpiresAt: null,
  version: 1,
});
const live = endpoint('e1', 'https://tich-hop.soldtbxh.gov.vn/hoanhap', 'ENABLED');
const gone = endpoint('e2', 'https://cu.soldtbxh.gov.vn/hook', 'DISABLED', 'GONE');

const listed = (endpoints: unknown[]) => ({
  request: { query: WebhookEndpointsDocument, variables: { agreementId: AGREEMENT } },
  result: { data: { webhookEndpoints: endpoints } },
});

function renderPage(mocks: object[]) {
  renderWithApp(<WebhooksPage />, {
    mocks: mocks as never,
    url: `/admin/webhooks?agreement=${AGREEMENT}`,
    path: '/admin/webhooks',
    user: admin,
  });
}

describe('the webhooks page', () => {
  it('lists an agreement’s endpoints in Vietnamese: events, status and why one was turned off', async () => {
    renderPage([listed([live, gone])]);
    const rows = await screen.findAllByTestId('webhook-endpoint-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByText('Kết thúc hồ sơ')).toBeTruthy();
    expect(within(first).getByText('Đang gửi')).toBeTruthy();
    expect(within(first).getByRole('button', { name: 'Gửi sự kiện thử' })).toBeTruthy();
    expect(within(second).getByText('Bên nhận trả lời 410 (không nhận nữa)')).toBeTruthy();
    expect(within(second).getByRole('button', { name: 'Bật lại' })).toBeTruthy();
  });

  it('asks for at least one event type before sending a new endpoint', async () => {
    const sent: CreateWebhookEndpointMutationVariables[] = [];
    const create = recordingMock(CreateWebhookEndpointDocument, sent, {
      data: {
        createWebhookEndpoint: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_bW9p', endpoint: live },
      },
    });
    renderPage([listed([]), create]);
    await screen.findByText('Thỏa thuận này chưa có địa chỉ nhận nào.');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm địa chỉ nhận' }));
    const form = await screen.findByTestId('create-webhook-form');
    fireEvent.change(within(form).getByLabelText(/Địa chỉ HTTPS/), { target: { value: live.url } });
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm' }));
    // Without an event type the form says so and sends nothing.
    await screen.findByText('Chọn ít nhất một loại sự kiện.');
    expect(sent).toHaveLength(0);
  });
});
