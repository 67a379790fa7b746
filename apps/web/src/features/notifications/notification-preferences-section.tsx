import { useMutation, useQuery } from '@apollo/client/react';
import { DELIVERY_CHANNEL_LABELS, DeliveryChannel } from '@hoanhap/shared';
import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textProps } from '../../components/forms/bound-field';
import { FormError } from '../../components/forms/form-error';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { MyNotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { NotificationsTexts } from '../../i18n/notifications';

const EXTERNAL = [DeliveryChannel.EMAIL, DeliveryChannel.ZALO_ZNS, DeliveryChannel.SMS];
const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));

/** The account page's section: channels to receive by, where to, the digest hour and quiet hours. */
function PreferencesForm() {
  const { t } = useTranslation('notifications');
  const lang = useLang();
  // A refused email or phone is shown at its field, with the API's reason (reasons-notifications.ts).
  const { errors, submitting, submit } = useMutationForm({ fields: ['email', 'phone'] });
  const { data } = useQuery(MyNotificationPreferencesDocument);
  const [save] = useMutation(UpdateNotificationPreferencesDocument);
  const saved = data?.myNotificationPreferences;
  const [muted, setMuted] = useState<DeliveryChannel[]>([]);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [hours, setHours] = useState({ digest: '7', quietStart: '21', quietEnd: '7' });
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (!saved) return;
    setMuted(saved.mutedChannels);
    setEmail(saved.email ?? '');
    setPhone(saved.phone ?? '');
    setHours({
      digest: String(saved.digestHour),
      quietStart: String(saved.quietStartHour),
      quietEnd: String(saved.quietEndHour),
    });
  }, [saved]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const input = {
      mutedChannels: muted,
      email: email.trim(),
      phone: phone.trim(),
      digestHour: Number(hours.digest),
      quietStartHour: Number(hours.quietStart),
      quietEndHour: Number(hours.quietEnd),
    };
    await submit(
      () => save({ variables: { input } }),
      () => setDone(true),
    );
  }

  const hourSelect = (label: string, key: keyof typeof hours) => (
    <Select
      label={label}
      data={HOURS.map((hour) => ({ value: hour, label: t('preferences.hour', { hour }) }))}
      value={hours[key]}
      onChange={(value) => value && setHours((h) => ({ ...h, [key]: value }))}
      allowDeselect={false}
      w={140}
    />
  );

  return (
    <Stack maw={560} component="section" aria-labelledby="notification-preferences">
      <Title order={3} id="notification-preferences">
        {t('preferences.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('preferences.intro')}
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Checkbox.Group
            label={t('preferences.channels')}
            value={EXTERNAL.filter((c) => !muted.includes(c))}
            onChange={(on) => setMuted(EXTERNAL.filter((c) => !on.includes(c)))}
          >
            <Group mt="xs">
              {EXTERNAL.map((channel) => (
                <Checkbox key={channel} value={channel} label={DELIVERY_CHANNEL_LABELS[channel][lang]} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label={t('preferences.email')}
            description={t('preferences.emailHint')}
            type="email"
            {...textProps(errors, 'email', email, setEmail)}
          />
          <TextInput
            label={t('preferences.phone')}
            type="tel"
            placeholder="0912 345 678"
            {...textProps(errors, 'phone', phone, setPhone)}
          />
          {hourSelect(t('preferences.digestHour'), 'digest')}
          <Group>
            {hourSelect(t('preferences.quietStart'), 'quietStart')}
            {hourSelect(t('preferences.quietEnd'), 'quietEnd')}
          </Group>
          <FormError message={errors.form} />
          {done && (
            <Alert color="green" role="status">
              {t('preferences.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={submitting}>
              {t('preferences.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

export function NotificationPreferencesSection() {
  return (
    <NotificationsTexts>
      <PreferencesForm />
    </NotificationsTexts>
  );
}
