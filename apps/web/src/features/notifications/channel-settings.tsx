import { useMutation, useQuery } from '@apollo/client/react';
import { DELIVERY_CHANNEL_LABELS, DeliveryChannel, NOTIFICATION_KIND_LABELS, NotificationKind } from '@hoanhap/shared';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textProps } from '../../components/forms/bound-field';
import { FormError } from '../../components/forms/form-error';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import {
  ConfigureNotificationChannelDocument,
  type NotificationChannelsQuery,
  NotificationChannelsDocument,
} from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';

type ChannelStatus = NotificationChannelsQuery['notificationChannels'][number];

/** Zalo ZNS or the SMS gateway: the administrator's form. The saved secret is never shown. */
function ChannelForm({ status }: { status: ChannelStatus }) {
  const { t } = useTranslation('notifications');
  const lang = useLang();
  // A refused address or a missing key is shown at its field, with the API's reason.
  const { errors, submitting, submit } = useMutationForm({
    fields: ['baseUrl', 'providerUrl', 'secret', 'receiptSecret'],
  });
  const [configure] = useMutation(ConfigureNotificationChannelDocument);
  const zns = status.channel === DeliveryChannel.ZALO_ZNS;
  const [enabled, setEnabled] = useState(status.enabled);
  const [fields, setFields] = useState({
    baseUrl: '',
    appId: '',
    providerUrl: '',
    brandname: '',
    secret: '',
    receiptSecret: '',
  });
  const [templates, setTemplates] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  useEffect(() => {
    setEnabled(status.enabled);
    setFields({
      baseUrl: status.baseUrl ?? '',
      appId: status.appId ?? '',
      providerUrl: status.providerUrl ?? '',
      brandname: status.brandname ?? '',
      secret: '',
      receiptSecret: '',
    });
    setTemplates(Object.fromEntries(status.templates.map((tpl) => [tpl.kind, tpl.templateId])));
  }, [status]);
  const field = (key: keyof typeof fields) =>
    textProps(errors, key, fields[key], (value) => setFields((f) => ({ ...f, [key]: value })));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const input = {
      channel: status.channel,
      enabled,
      ...(zns
        ? {
            baseUrl: fields.baseUrl || null,
            appId: fields.appId || null,
            templates: Object.entries(templates)
              .filter(([, id]) => id.trim())
              .map(([kind, templateId]) => ({ kind: kind as NotificationKind, templateId })),
          }
        : { providerUrl: fields.providerUrl || null, brandname: fields.brandname || null }),
      secret: fields.secret || null,
      receiptSecret: zns ? fields.receiptSecret || null : null,
    };
    await submit(
      () => configure({ variables: { input } }),
      () => setDone(true),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Checkbox label={t('admin.enable')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        {zns ? (
          <>
            <TextInput
              label={t('admin.baseUrl')}
              placeholder="https://business.openapi.zalo.me"
              {...field('baseUrl')}
            />
            <TextInput label={t('admin.appId')} {...field('appId')} />
            <Text size="sm" fw={500}>
              {t('admin.templates')}
            </Text>
            {Object.values(NotificationKind).map((kind) => (
              <TextInput
                key={kind}
                size="xs"
                label={NOTIFICATION_KIND_LABELS[kind][lang]}
                value={templates[kind] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTemplates((all) => ({ ...all, [kind]: value }));
                }}
              />
            ))}
          </>
        ) : (
          <>
            <TextInput label={t('admin.providerUrl')} {...field('providerUrl')} />
            <TextInput label={t('admin.brandname')} {...field('brandname')} />
          </>
        )}
        <PasswordInput
          label={t('admin.secret')}
          description={status.secretSet ? t('admin.secretSet') : undefined}
          autoComplete="off"
          {...field('secret')}
        />
        {zns && (
          <PasswordInput
            label={t('admin.receiptSecret')}
            description={[
              t('admin.receiptUrl', { url: status.receiptUrl ?? '' }),
              status.receiptSecretSet ? t('admin.receiptSecretSet') : '',
            ]
              .filter(Boolean)
              .join(' ')}
            autoComplete="off"
            {...field('receiptSecret')}
          />
        )}
        <FormError message={errors.form} />
        {done && (
          <Alert color="green" role="status">
            {t('admin.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submitting}>
            {t('admin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Every channel and how it is configured; email comes from the server's environment. */
export function ChannelSettings() {
  const { t } = useTranslation('notifications');
  const lang = useLang();
  const { data } = useQuery(NotificationChannelsDocument);
  return (
    <Stack>
      <Title order={3}>{t('admin.channels')}</Title>
      {data?.notificationChannels.map((status) => (
        <Card key={status.channel} withBorder data-testid={`channel-${status.channel}`}>
          <Group justify="space-between" mb="sm">
            <Text fw={600}>{DELIVERY_CHANNEL_LABELS[status.channel][lang]}</Text>
            <Badge color={status.enabled ? 'green' : 'gray'}>
              {status.enabled ? t('admin.enabled') : t('admin.disabled')}
            </Badge>
          </Group>
          {status.fromEnvironment ? (
            <Stack gap={4}>
              <Text size="sm">{t('admin.fromEnvironment')}</Text>
              {status.sender && <Text size="sm">{t('admin.sender', { sender: status.sender })}</Text>}
            </Stack>
          ) : (
            <ChannelForm status={status} />
          )}
        </Card>
      ))}
    </Stack>
  );
}
