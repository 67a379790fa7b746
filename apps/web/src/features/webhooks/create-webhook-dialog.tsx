import { useMutation } from '@apollo/client/react';
import { DOMAIN_EVENT_TYPE_LABELS, DOMAIN_EVENT_TYPES } from '@hoanhap/shared';
import { MultiSelect, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps, textProps } from '../../components/forms/bound-field';
import { FormDialog } from '../../components/forms/form-dialog';
import { CreateWebhookEndpointDocument } from '../../gql/graphql';
import { useLang } from '../../i18n/use-lang';
import { WEBHOOKS_NS } from '../../i18n/webhooks';
import { useHandoverForm } from '../handover/handover-error';

const FIELDS = ['url', 'eventTypes'] as const;

/** "Thêm địa chỉ nhận": an https endpoint and the events it receives; the answer's secret is shown once. */
export function CreateWebhookDialog({
  agreementId,
  opened,
  onClose,
  onCreated,
}: {
  agreementId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation(WEBHOOKS_NS);
  const lang = useLang();
  // Refusals are said in the API's catalogue words, next to the field they name.
  const { errors, invalid, reset, submitting, submit } = useHandoverForm(FIELDS);
  const [create] = useMutation(CreateWebhookEndpointDocument);
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);

  function close() {
    setUrl('');
    setEventTypes([]);
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!url.trim()) fields.url = t('form.urlPlaceholder');
    if (eventTypes.length === 0) fields.eventTypes = t('form.eventsRequired');
    if (Object.keys(fields).length > 0) return invalid(fields);
    await submit(
      () => create({ variables: { input: { agreementId, url: url.trim(), eventTypes } } }),
      ({ data }) => {
        if (!data) return;
        onCreated(data.createWebhookEndpoint.secret);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('form.title')}
      size="lg"
      testId="create-webhook-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('form.submit')}
    >
      <TextInput
        label={t('form.url')}
        placeholder={t('form.urlPlaceholder')}
        required
        data-autofocus
        {...textProps(errors, 'url', url, setUrl)}
      />
      <MultiSelect
        label={t('form.events')}
        data={DOMAIN_EVENT_TYPES.map((type) => ({ value: type, label: DOMAIN_EVENT_TYPE_LABELS[type][lang] }))}
        required
        {...fieldProps(errors, 'eventTypes', eventTypes, setEventTypes)}
      />
    </FormDialog>
  );
}
