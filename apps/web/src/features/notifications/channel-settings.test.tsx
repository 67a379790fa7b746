import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigureNotificationChannelDocument,
  type ConfigureNotificationChannelMutationVariables,
  NotificationChannelsDocument,
} from '../../gql/graphql';
import { loadNotificationsTexts } from '../../i18n/notifications';
import { apiError, capture, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ChannelSettings } from './channel-settings';

const channel = (name: 'EMAIL' | 'ZALO_ZNS' | 'SMS', more: Record<string, unknown> = {}) => ({
  __typename: 'NotificationChannelStatus' as const,
  channel: name,
  enabled: false,
  fromEnvironment: name === 'EMAIL',
  baseUrl: null,
  appId: null,
  templates: [],
  providerUrl: null,
  brandname: null,
  secretSet: false,
  receiptSecretSet: false,
  receiptUrl: name === 'ZALO_ZNS' ? 'https://hoanhap.example.vn/notification-receipts/zalo' : null,
  sender: null,
  updatedAt: null,
  ...more,
});
const channels = {
  request: { query: NotificationChannelsDocument },
  result: {
    data: {
      notificationChannels: [channel('EMAIL'), channel('ZALO_ZNS', { receiptSecretSet: true }), channel('SMS')],
    },
  },
};

const admin = { ...officer, email: 'admin@hoanhap.local', role: Role.ADMIN };

beforeAll(() => loadNotificationsTexts('vi'));

describe('the channel settings', () => {
  it('tell the administrator which address Zalo sends its receipts to, and that a key is saved', async () => {
    renderWithApp(<ChannelSettings />, { user: admin, mocks: [channels] });
    const zns = await screen.findByTestId('channel-ZALO_ZNS');
    expect(zns.textContent).toContain('https://hoanhap.example.vn/notification-receipts/zalo');
    expect(zns.textContent).toContain('Đã lưu khóa (không hiển thị lại)');
    expect(within(zns).getByLabelText(/^Khóa bí mật của OA/)).toBeDefined();
    // The SMS gateway has no receipts: no such field on its card.
    expect(within(screen.getByTestId('channel-SMS')).queryByLabelText(/^Khóa bí mật của OA/)).toBeNull();
  });

  it('show a refused address at its field, in Vietnamese, and keep what was typed', async () => {
    const sent: ConfigureNotificationChannelMutationVariables[] = [];
    renderWithApp(<ChannelSettings />, {
      user: admin,
      mocks: [
        channels,
        {
          request: { query: ConfigureNotificationChannelDocument, variables: capture(sent) },
          result: apiError('BAD_USER_INPUT', { field: 'input.providerUrl', reason: 'INVALID_URL' }),
        },
      ],
    });
    const sms = await screen.findByTestId('channel-SMS');
    fireEvent.click(within(sms).getByLabelText('Bật kênh này'));
    fireEvent.change(within(sms).getByLabelText(/^Địa chỉ gửi của nhà cung cấp SMS/), {
      target: { value: 'sms.example.vn/send' },
    });
    fireEvent.change(within(sms).getByLabelText(/^Mã truy cập/), { target: { value: 'khoa-api' } });
    fireEvent.click(within(sms).getByRole('button', { name: 'Lưu cấu hình' }));
    await waitFor(() =>
      expect(sms.textContent).toContain('Địa chỉ phải bắt đầu bằng https:// (hoặc http:// khi thử trên máy)'),
    );
    expect(sent[0]?.input).toMatchObject({
      channel: 'SMS',
      enabled: true,
      providerUrl: 'sms.example.vn/send',
      secret: 'khoa-api',
      receiptSecret: null,
    });
    expect((within(sms).getByLabelText(/^Địa chỉ gửi của nhà cung cấp SMS/) as HTMLInputElement).value).toBe(
      'sms.example.vn/send',
    );
  });
});
