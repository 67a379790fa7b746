import { useMutation } from '@apollo/client/react';
import { Group, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type EmployerRowFragment, RegisterEmployerDocument } from '../../gql/graphql';
import { parseWhole } from './format';
import { FormDialog } from '../../components/forms/form-dialog';
import { textProps } from '../../components/forms/bound-field';

const FIELDS = ['name', 'contactPerson', 'phone', 'address', 'staffCount'] as const;

interface RegisterEmployerDialogProps {
  opened: boolean;
  onClose: () => void;
  onRegistered: (employer: EmployerRowFragment) => void;
}

/** "Đăng ký doanh nghiệp": a partner employer of the actor's unit, with its staff size for the 10% rule. */
export function RegisterEmployerDialog({ opened, onClose, onRegistered }: RegisterEmployerDialogProps) {
  const { t } = useTranslation('employers');
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'employers' });
  const [register] = useMutation(RegisterEmployerDocument);
  const [name, setName] = useState('');
  const [contactPerson, setContactPerson] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [staffCount, setStaffCount] = useState('');

  function close() {
    setName('');
    setContactPerson('');
    setPhone('');
    setAddress('');
    setStaffCount('');
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = reason('REQUIRED');
    const staff = parseWhole(staffCount);
    if (!staff.valid) fields.staffCount = reason('INVALID_NUMBER');
    if (Object.keys(fields).length > 0) return invalid(fields);
    await submit(
      () =>
        register({
          variables: {
            input: {
              name: name.trim(),
              contactPerson: contactPerson.trim() || null,
              phone: phone.trim() || null,
              address: address.trim() || null,
              staffCount: staff.value === null ? null : Number(staff.value),
            },
          },
        }),
      (result) => {
        if (result.data) onRegistered(result.data.registerEmployer);
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('register.title')}
      size="lg"
      testId="register-employer-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('register.submit')}
    >
      <TextInput label={t('register.name')} required data-autofocus {...textProps(errors, 'name', name, setName)} />
      <Group grow align="flex-start">
        <TextInput
          label={t('register.contactPerson')}
          {...textProps(errors, 'contactPerson', contactPerson, setContactPerson)}
        />
        <TextInput label={t('register.phone')} type="tel" {...textProps(errors, 'phone', phone, setPhone)} />
      </Group>
      <TextInput label={t('register.address')} {...textProps(errors, 'address', address, setAddress)} />
      <TextInput
        label={t('register.staffCount')}
        description={t('register.staffCountHint')}
        inputMode="numeric"
        {...textProps(errors, 'staffCount', staffCount, setStaffCount)}
      />
    </FormDialog>
  );
}
