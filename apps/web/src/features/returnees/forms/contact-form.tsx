import { CONTACT_CHANNEL_LABELS, todayInVietnam, ContactChannel } from '@hoanhap/shared';
import { Alert, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { useRecordContact } from './use-casework-mutations';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';

const CHANNELS: readonly ContactChannel[] = [
  ContactChannel.HOME_VISIT,
  ContactChannel.OFFICE,
  ContactChannel.PHONE,
  ContactChannel.MESSAGE,
];
const FIELDS = ['channel', 'contactedOn', 'notes', 'nextAction'] as const;

interface ContactFormProps {
  returneeId: string;
  onSaved?: () => void;
}

/** "Ghi nhận gặp gỡ": a visit, a call or a meeting with the person. */
export function ContactForm({ returneeId, onSaved }: ContactFormProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { errors, setErrors, invalid, reason, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [recordContact] = useRecordContact(returneeId);
  const [channel, setChannel] = useState<ContactChannel | null>(ContactChannel.HOME_VISIT);
  const [contactedOn, setContactedOn] = useState<string | null>(todayInVietnam());
  const [notes, setNotes] = useState('');
  const [nextAction, setNextAction] = useState('');
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const fields: Record<string, string> = {};
    if (!channel) fields.channel = reason('REQUIRED');
    if (!contactedOn) fields.contactedOn = reason('REQUIRED');
    if (!channel || !contactedOn) return invalid(fields);
    await submit(
      () =>
        recordContact({
          variables: {
            input: {
              returneeId,
              channel,
              contactedOn,
              notes: notes.trim() || null,
              nextAction: nextAction.trim() || null,
            },
          },
        }),
      () => {
        setNotes('');
        setNextAction('');
        setSaved(true);
        onSaved?.();
      },
    );
  }

  // A change here also takes the form's message away, unlike most forms.
  const clear = (name: string) => setErrors((prev) => ({ fields: { ...prev.fields, [name]: '' } }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('returnee.contacts.record')} data-testid="contact-form">
      <Stack gap="sm">
        <FormError message={errors.form} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('returnee.contacts.saved')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('returnee.contacts.channel')}
            data={CHANNELS.map((value) => ({ value, label: label(CONTACT_CHANNEL_LABELS, value) }))}
            value={channel}
            onChange={(value) => {
              setChannel(CHANNELS.find((c) => c === value) ?? null);
              clear('channel');
            }}
            required
            allowDeselect={false}
            error={errors.fields.channel || undefined}
          />
          <DateField
            label={t('returnee.contacts.contactedOn')}
            value={contactedOn}
            onChange={(value) => {
              setContactedOn(value);
              clear('contactedOn');
            }}
            required
            error={errors.fields.contactedOn || undefined}
            data-testid="contacted-on"
          />
        </Group>
        <Textarea
          label={t('returnee.contacts.notes')}
          description={t('returnee.contacts.notesHint')}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.fields.notes || undefined}
        />
        <TextInput
          label={t('returnee.contacts.nextAction')}
          value={nextAction}
          onChange={(event) => setNextAction(event.currentTarget.value)}
          error={errors.fields.nextAction || undefined}
        />
        <DialogFooter submitting={submitting} submitLabel={t('returnee.contacts.submit')} />
      </Stack>
    </form>
  );
}
