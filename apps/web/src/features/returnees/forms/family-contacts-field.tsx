import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASEWORK_NS } from '../../../i18n/casework';

/** One family contact as a form holds it (empty text rather than null). */
export interface FamilyContactValue {
  name: string;
  relation: string;
  phone: string;
}

export const EMPTY_CONTACT: FamilyContactValue = { name: '', relation: '', phone: '' };

/** Rows left wholly empty are not contacts; the rest travel trimmed, a missing phone as null. */
export function toFamilyContactInputs(values: readonly FamilyContactValue[]) {
  return values
    .filter((c) => c.name.trim() || c.relation.trim() || c.phone.trim())
    .map((c) => ({ name: c.name.trim(), relation: c.relation.trim(), phone: c.phone.trim() || null }));
}

interface FamilyContactsFieldProps {
  value: readonly FamilyContactValue[];
  onChange: (value: FamilyContactValue[]) => void;
  /** Messages by path: "familyContacts" for the list, "familyContacts.1.phone" for one cell. */
  errors: Record<string, string>;
}

/** The person's family contacts: add, edit or remove rows; the list is saved with the form. */
export function FamilyContactsField({ value, onChange, errors }: FamilyContactsFieldProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const set = (index: number, key: keyof FamilyContactValue, text: string) =>
    onChange(value.map((c, i) => (i === index ? { ...c, [key]: text } : c)));
  const cellError = (index: number, key: keyof FamilyContactValue) =>
    errors[`familyContacts.${index}.${key}`] || undefined;
  const listError =
    errors.familyContacts && !Object.keys(errors).some((k) => k.startsWith('familyContacts.') && errors[k]);

  return (
    <Fieldset legend={t('family.legend')} data-testid="family-contacts-field">
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('family.empty')}
          </Text>
        )}
        {value.map((contact, index) => (
          // Rows have no id of their own until saved; the position is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-start" wrap="nowrap" data-testid="family-contact-row">
            <TextInput
              label={t('family.name')}
              value={contact.name}
              onChange={(e) => set(index, 'name', e.currentTarget.value)}
              required
              error={cellError(index, 'name')}
              style={{ flex: 2 }}
            />
            <TextInput
              label={t('family.relation')}
              placeholder={t('family.relationHint')}
              value={contact.relation}
              onChange={(e) => set(index, 'relation', e.currentTarget.value)}
              required
              error={cellError(index, 'relation')}
              style={{ flex: 1 }}
            />
            <TextInput
              label={t('family.phone')}
              inputMode="tel"
              value={contact.phone}
              onChange={(e) => set(index, 'phone', e.currentTarget.value)}
              error={cellError(index, 'phone')}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('family.remove', { n: index + 1 })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {listError && (
          <Text size="sm" c="red" role="alert">
            {errors.familyContacts}
          </Text>
        )}
        <Group>
          <Button size="xs" variant="light" onClick={() => onChange([...value, { ...EMPTY_CONTACT }])}>
            {t('family.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
