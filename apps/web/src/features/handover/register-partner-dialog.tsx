import { useMutation } from '@apollo/client/react';
import { Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textProps } from '../../components/forms/bound-field';
import { FormDialog } from '../../components/forms/form-dialog';
import { useRequiredCheck } from '../returnees/forms/use-required-fields';
import { type PartnerDeploymentRowFragment, RegisterPartnerDeploymentDocument } from '../../gql/graphql';
import { HANDOVER_NS } from '../../i18n/handover';
import { useHandoverForm } from './handover-error';

const FIELDS = ['code', 'name', 'publicKey', 'contact'] as const;

/** "Đăng ký đơn vị đối tác": trust the signed case packages of another deployment, by its code and public key. */
export function RegisterPartnerDialog({
  opened,
  onClose,
  onRegistered,
}: {
  opened: boolean;
  onClose: () => void;
  onRegistered: (partner: PartnerDeploymentRowFragment) => void;
}) {
  const { t } = useTranslation(HANDOVER_NS);
  const requiredCheck = useRequiredCheck();
  const { errors, invalid, reset, submitting, submit } = useHandoverForm(FIELDS);
  const [register] = useMutation(RegisterPartnerDeploymentDocument, { refetchQueries: ['PartnerDeployments'] });
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [contact, setContact] = useState('');

  function close() {
    setCode('');
    setName('');
    setPublicKey('');
    setContact('');
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = requiredCheck({ code, name, publicKey });
    if (Object.keys(missing).length > 0) return invalid(missing);
    await submit(
      () =>
        register({
          variables: {
            input: {
              code: code.trim(),
              name: name.trim(),
              publicKey: publicKey.trim(),
              contact: contact.trim() || null,
            },
          },
        }),
      ({ data }) => {
        if (!data) return;
        onRegistered(data.registerPartnerDeployment);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('partners.register.title')}
      size="lg"
      testId="register-partner-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('partners.register.submit')}
    >
      <TextInput
        label={t('partners.register.code')}
        description={t('partners.register.codeHint')}
        required
        data-autofocus
        autoComplete="off"
        {...textProps(errors, 'code', code, setCode)}
      />
      <TextInput label={t('partners.register.name')} required {...textProps(errors, 'name', name, setName)} />
      <Textarea
        label={t('partners.register.publicKey')}
        description={t('partners.register.publicKeyHint')}
        required
        autosize
        minRows={4}
        styles={{ input: { fontFamily: 'monospace' } }}
        {...textProps(errors, 'publicKey', publicKey, setPublicKey)}
      />
      <TextInput
        label={t('partners.register.contact')}
        description={t('partners.register.contactHint')}
        {...textProps(errors, 'contact', contact, setContact)}
      />
    </FormDialog>
  );
}
