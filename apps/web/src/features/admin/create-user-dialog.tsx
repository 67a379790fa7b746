import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH, Role } from '@hoanhap/shared';
import { PasswordInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { CreateUserDocument } from '../../gql/graphql';
import { RoleUnitFields } from './role-unit-fields';
import { useCurrentUser } from '../auth/current-user';
import { FormDialog } from '../../components/forms/form-dialog';
import { textProps } from '../../components/forms/bound-field';

const ROLES = Object.values(Role);
const CREATE_FIELDS = ['displayName', 'email', 'role', 'unitCode', 'organisationId', 'password'] as const;

/** "Thêm tài khoản": a user of a unit with a role (a helper also names their organisation). */
export function CreateUserDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (email: string) => void;
}) {
  const { t } = useTranslation('admin');
  const me = useCurrentUser();
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: CREATE_FIELDS });
  const [createUser] = useMutation(CreateUserDocument);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(Role.OFFICER);
  const [unitCode, setUnitCode] = useState(me.unit.code);
  const [organisationId, setOrganisationId] = useState('');
  const [password, setPassword] = useState('');

  function close() {
    setDisplayName('');
    setEmail('');
    setRole(Role.OFFICER);
    setUnitCode(me.unit.code);
    setOrganisationId('');
    setPassword('');
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!displayName.trim()) fields.displayName = reason('REQUIRED');
    if (!email.trim()) fields.email = reason('REQUIRED');
    if (!role) fields.role = reason('REQUIRED');
    if (!unitCode.trim()) fields.unitCode = reason('REQUIRED');
    if (role === Role.HELPER && !organisationId.trim()) fields.organisationId = reason('REQUIRED');
    if (password.length < PASSWORD_MIN_LENGTH) fields.password = t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
    if (Object.keys(fields).length > 0 || !role) return invalid(fields);
    await submit(
      () =>
        createUser({
          variables: {
            input: {
              displayName: displayName.trim(),
              email: email.trim(),
              role,
              unitCode: unitCode.trim(),
              organisationId: role === Role.HELPER ? organisationId.trim() : null,
              password,
            },
          },
        }),
      () => {
        onCreated(email.trim());
        close();
      },
    );
  }

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('users.form.title')}
      size="lg"
      testId="create-user-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('users.form.submit')}
    >
      <TextInput
        label={t('users.form.displayName')}
        required
        data-autofocus
        {...textProps(errors, 'displayName', displayName, setDisplayName)}
      />
      <TextInput label={t('users.form.email')} type="email" required {...textProps(errors, 'email', email, setEmail)} />
      <RoleUnitFields
        texts="users.form"
        roles={ROLES}
        role={role}
        onRole={setRole}
        unitCode={unitCode}
        onUnitCode={setUnitCode}
        errors={errors}
      />
      {role === Role.HELPER && (
        <TextInput
          label={t('users.form.organisationId')}
          description={t('users.form.organisationIdHint')}
          required
          {...textProps(errors, 'organisationId', organisationId, setOrganisationId)}
        />
      )}
      <PasswordInput
        label={t('users.form.password')}
        description={t('users.form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        {...textProps(errors, 'password', password, setPassword)}
      />
    </FormDialog>
  );
}
