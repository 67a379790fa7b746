import { labelOf, type Role, ROLE_LABELS } from '@hoanhap/shared';
import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../components/forms/form-errors';
import { useLang } from '../../i18n/use-lang';
import { textProps } from '../../components/forms/bound-field';

interface RoleUnitFieldsProps {
  /** Where the form's texts live ("users.form", "serviceAccounts.form"): `role`, `unitCode`, `unitCodeHint`. */
  texts: 'users.form' | 'serviceAccounts.form';
  roles: readonly Role[];
  role: Role | null;
  onRole: (role: Role | null) => void;
  unitCode: string;
  onUnitCode: (code: string) => void;
  errors: FormErrors;
}

/** The role an account acts with and the code of the unit it belongs to, as a new account asks them. */
export function RoleUnitFields({ texts, roles, role, onRole, unitCode, onUnitCode, errors }: RoleUnitFieldsProps) {
  const { t } = useTranslation('admin');
  const lang = useLang();
  return (
    <>
      <Select
        label={t(`${texts}.role`)}
        data={roles.map((value) => ({ value, label: labelOf(ROLE_LABELS, value, lang) }))}
        value={role}
        onChange={(value) => onRole(roles.find((r) => r === value) ?? null)}
        error={errors.fields.role}
        allowDeselect={false}
        required
      />
      <TextInput
        label={t(`${texts}.unitCode`)}
        description={t(`${texts}.unitCodeHint`)}
        required
        {...textProps(errors, 'unitCode', unitCode, onUnitCode)}
      />
    </>
  );
}
