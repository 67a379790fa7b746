import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../../i18n/use-api-error-message';
import { RevealSensitiveDocument } from '../../../gql/graphql';

export const PURPOSE_MIN = 10;
export const PURPOSE_MAX = 500;

interface RevealDialogProps {
  returneeId: string;
  opened: boolean;
  onClose: () => void;
  /** Called with the grant's end once the API has granted it. */
  onRevealed: (expiresAt: string) => Promise<unknown>;
}

/** "Xem thông tin (nêu mục đích)": the purpose is recorded in the audit log with the reveal. */
export function RevealDialog({ returneeId, opened, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation();
  const apiMessage = useApiErrorMessage();
  const [reveal, { loading }] = useMutation(RevealSensitiveDocument);
  const [purpose, setPurpose] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  function close() {
    setPurpose('');
    setFieldError(null);
    setFormError(null);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = purpose.trim();
    if (text.length < PURPOSE_MIN) return setFieldError(t('returnee.reveal.tooShort', { min: PURPOSE_MIN }));
    if (text.length > PURPOSE_MAX) return setFieldError(t('returnee.reveal.tooLong', { max: PURPOSE_MAX }));
    setFieldError(null);
    setFormError(null);
    try {
      const { data } = await reveal({ variables: { input: { returneeId, purpose: text } } });
      const expiresAt = data?.revealSensitive.expiresAt;
      if (!expiresAt) throw new Error('no grant');
      await onRevealed(expiresAt);
      close();
    } catch (error) {
      setFormError(apiMessage(error));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('returnee.reveal.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="reveal-form">
        <Stack gap="sm">
          <Text size="sm">{t('returnee.reveal.body')}</Text>
          <Textarea
            label={t('returnee.reveal.purpose')}
            description={t('returnee.reveal.purposeHint', { min: PURPOSE_MIN })}
            placeholder={t('returnee.reveal.placeholder')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            error={fieldError}
            maxLength={PURPOSE_MAX}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('returnee.reveal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
