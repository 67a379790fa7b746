import { useMutation } from '@apollo/client/react';
import { can, Permission, Sex, SEX_LABELS } from '@hoanhap/shared';
import { Alert, Anchor, Card, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { RegisterReturneeDocument } from '../../gql/graphql';
import { CASEWORK_NS, CaseworkTexts } from '../../i18n/casework';
import { useCurrentUser } from '../auth/current-user';
import { useRegistrableUnits } from '../pickers/use-registrable-units';
import { type FamilyContactValue, FamilyContactsField, toFamilyContactInputs } from './forms/family-contacts-field';
import { FormShell } from './forms/form-shell';

const SEXES: readonly Sex[] = [Sex.MALE, Sex.FEMALE];
const FIELDS = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'sex',
  'citizenId',
  'permanentAddress',
  'currentAddress',
  'residentialGroup',
  'returnedOn',
  'unitCode',
  'familyContacts',
] as const;
type TextKey = 'fullName' | 'citizenId' | 'permanentAddress' | 'currentAddress' | 'residentialGroup';

function RegisterForm() {
  const { t } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  const navigate = useNavigate();
  const user = useCurrentUser();
  // A family contact's cell ("familyContacts.1.phone") is marked as well as the list.
  const form = useMutationForm({
    fields: FIELDS,
    ns: CASEWORK_NS,
    paths: 'both',
  });
  const { errors, invalid, clear, reason, submit } = form;
  const { units } = useRegistrableUnits();
  const [register] = useMutation(RegisterReturneeDocument, {
    // The list (and its count) loads again when next opened, with the new person in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'returnees' });
    },
  });
  const [text, setText] = useState<Record<TextKey, string>>({
    fullName: '',
    citizenId: '',
    permanentAddress: '',
    currentAddress: '',
    residentialGroup: '',
  });
  const [otherNames, setOtherNames] = useState<string[]>([]);
  const [dateOfBirth, setDateOfBirth] = useState<string | null>(null);
  const [returnedOn, setReturnedOn] = useState<string | null>(null);
  const [sex, setSex] = useState<Sex | null>(null);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [family, setFamily] = useState<FamilyContactValue[]>([]);

  const textField = (key: TextKey) => ({
    value: text[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setText((prev) => ({ ...prev, [key]: value }));
      clear(key);
    },
    error: errors.fields[key] || undefined,
  });
  const str = (key: TextKey) => text[key].trim() || null;

  async function save() {
    if (text.fullName.trim().length < 2) return invalid({ fullName: reason('REQUIRED') });
    await submit(
      () =>
        register({
          variables: {
            input: {
              fullName: text.fullName.trim(),
              otherNames: otherNames.map((n) => n.trim()).filter(Boolean),
              dateOfBirth,
              sex,
              citizenId: str('citizenId'),
              permanentAddress: str('permanentAddress'),
              currentAddress: str('currentAddress'),
              residentialGroup: str('residentialGroup'),
              returnedOn,
              unitCode,
              familyContacts: toFamilyContactInputs(family),
            },
          },
        }),
      ({ data }) => {
        const id = data?.registerReturnee.id;
        if (id) navigate(`/returnees/${id}`);
      },
    );
  }

  return (
    <FormShell
      label={t('register.title')}
      testId="register-form"
      form={form}
      submitLabel={t('register.submit')}
      onSubmit={() => void save()}
    >
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t('register.identity')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('register.fullName')} required data-autofocus {...textField('fullName')} />
            <TagsInput
              label={t('register.otherNames')}
              description={t('register.otherNamesHint')}
              value={otherNames}
              onChange={(names) => {
                setOtherNames(names);
                clear('otherNames');
              }}
              acceptValueOnBlur
              error={errors.fields.otherNames || undefined}
            />
            <DateField
              label={t('register.dateOfBirth')}
              value={dateOfBirth}
              onChange={(d) => {
                setDateOfBirth(d);
                clear('dateOfBirth');
              }}
              error={errors.fields.dateOfBirth || undefined}
            />
            <Select
              label={t('register.sex')}
              data={SEXES.map((value) => ({ value, label: label(SEX_LABELS, value) }))}
              value={sex}
              onChange={(s) => {
                setSex(SEXES.find((x) => x === s) ?? null);
                clear('sex');
              }}
              clearable
              error={errors.fields.sex || undefined}
            />
            <TextInput
              label={t('register.citizenId')}
              description={t('register.citizenIdHint')}
              inputMode="numeric"
              autoComplete="off"
              {...textField('citizenId')}
            />
          </SimpleGrid>
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t('register.residence')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('register.permanentAddress')} {...textField('permanentAddress')} />
            <TextInput label={t('register.currentAddress')} {...textField('currentAddress')} />
            <TextInput label={t('register.residentialGroup')} {...textField('residentialGroup')} />
            <DateField
              label={t('register.returnedOn')}
              description={t('register.returnedOnHint')}
              value={returnedOn}
              onChange={(d) => {
                setReturnedOn(d);
                clear('returnedOn');
              }}
              error={errors.fields.returnedOn || undefined}
            />
            {units.length > 1 && (
              <Select
                label={t('register.unit')}
                description={t('register.unitHint', { unit: user.unit.name })}
                data={units.map((u) => ({ value: u.code, label: u.name }))}
                value={unitCode}
                onChange={(code) => {
                  setUnitCode(code);
                  clear('unitCode');
                }}
                clearable
                searchable
                error={errors.fields.unitCode || undefined}
              />
            )}
          </SimpleGrid>
        </Stack>
      </Card>
      <FamilyContactsField
        value={family}
        onChange={(contacts) => {
          setFamily(contacts);
          clear('familyContacts');
        }}
        errors={errors.fields}
      />
    </FormShell>
  );
}

function RegisterReturnee() {
  const { t } = useTranslation(CASEWORK_NS);
  const user = useCurrentUser();
  useDocumentTitle(`${t('register.title')} · ${t('app.name', { ns: 'translation' })}`);
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/returnees" size="sm">
        ← {t('register.back')}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('register.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('register.intro')}
        </Text>
      </div>
      {can(user.role, Permission.WRITE_CASES) ? (
        <RegisterForm />
      ) : (
        <Alert color="gray" variant="light" data-testid="register-not-allowed">
          {t('register.notAllowed')}
        </Alert>
      )}
    </Stack>
  );
}

/** "/returnees/new": the officer registers a person; on success their new file opens. */
export default function RegisterReturneePage() {
  return (
    <CaseworkTexts>
      <RegisterReturnee />
    </CaseworkTexts>
  );
}
