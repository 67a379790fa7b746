import { useMutation } from '@apollo/client/react';
import { EMPLOYMENT_STATUS_LABELS, formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Alert, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import {
  EndEmploymentPeriodDocument,
  type EmploymentStatus,
  type EmploymentTabFieldsFragment,
} from '../../../gql/graphql';
import { EMPLOYMENT_STATUSES } from '../returnee-list-params';
import { useRecordEmploymentPeriod } from '../forms/use-casework-mutations';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';
import { fieldProps, textProps } from '../../../components/forms/bound-field';

const END_FIELDS = ['endedOn'] as const;
const FIELDS = ['status', 'employerName', 'startedOn', 'endedOn', 'verifiedOn'] as const;

function EmploymentForm({ returneeId }: { returneeId: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { errors, invalid, reason, submitting, submit } = useMutationForm({ fields: FIELDS });
  const [record] = useRecordEmploymentPeriod(returneeId);
  const [status, setStatus] = useState<EmploymentStatus | null>(null);
  const [employerName, setEmployerName] = useState('');
  const [startedOn, setStartedOn] = useState<string | null>(null);
  const [endedOn, setEndedOn] = useState<string | null>(null);
  const [verifiedOn, setVerifiedOn] = useState<string | null>(todayInVietnam());
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const fields: Record<string, string> = {};
    if (!status) fields.status = reason('REQUIRED');
    if (!startedOn) fields.startedOn = reason('REQUIRED');
    if (!status || !startedOn) return invalid(fields);
    await submit(
      () =>
        record({
          variables: {
            input: { returneeId, status, startedOn, endedOn, verifiedOn, employerName: employerName.trim() || null },
          },
        }),
      () => {
        setSaved(true);
        setStatus(null);
        setEmployerName('');
        setStartedOn(null);
        setEndedOn(null);
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('returnee.employment.record')}>
      <Stack gap="sm">
        <FormError message={errors.form} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('returnee.employment.saved')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('returnee.employment.status')}
            data={EMPLOYMENT_STATUSES.map((value) => ({ value, label: label(EMPLOYMENT_STATUS_LABELS, value) }))}
            value={status}
            onChange={(value) => setStatus(EMPLOYMENT_STATUSES.find((s) => s === value) ?? null)}
            required
            error={errors.fields.status}
          />
          <TextInput
            label={t('returnee.employment.employerName')}
            {...textProps(errors, 'employerName', employerName, setEmployerName)}
          />
        </Group>
        <Group grow align="flex-start">
          <DateField
            label={t('returnee.employment.startedOn')}
            required
            {...fieldProps(errors, 'startedOn', startedOn, setStartedOn)}
          />
          <DateField
            label={t('returnee.employment.endedOn')}
            description={t('returnee.employment.endedOnHint')}
            {...fieldProps(errors, 'endedOn', endedOn, setEndedOn)}
          />
          <DateField
            label={t('returnee.employment.verifiedOn')}
            {...fieldProps(errors, 'verifiedOn', verifiedOn, setVerifiedOn)}
          />
        </Group>
        <DialogFooter submitting={submitting} submitLabel={t('returnee.employment.submit')} />
      </Stack>
    </form>
  );
}

export function EmploymentTab({ returnee, canRecord }: { returnee: EmploymentTabFieldsFragment; canRecord: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [endPeriod] = useMutation(EndEmploymentPeriodDocument, { refetchQueries: ['ReturneeDetail'] });
  const ending = useMutationForm({ fields: END_FIELDS });
  return (
    <Stack gap="lg">
      {canRecord && (
        <Card withBorder padding="md">
          <Title order={3} size="h5" mb="sm">
            {t('returnee.employment.record')}
          </Title>
          <EmploymentForm returneeId={returnee.id} />
        </Card>
      )}
      <FormError message={ending.errors.form && (ending.errors.fields.endedOn ?? ending.errors.form)} />
      {returnee.employmentPeriods.length === 0 ? (
        <Text c="dimmed">{t('returnee.employment.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="employment-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('returnee.employment.status')}</Table.Th>
                <Table.Th>{t('returnee.employment.employerName')}</Table.Th>
                <Table.Th>{t('returnee.employment.startedOn')}</Table.Th>
                <Table.Th>{t('returnee.employment.endedOn')}</Table.Th>
                {canRecord && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returnee.employmentPeriods.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{label(EMPLOYMENT_STATUS_LABELS, p.status)}</Table.Td>
                  <Table.Td>{p.employerName ?? '—'}</Table.Td>
                  <Table.Td>{formatDateVi(p.startedOn)}</Table.Td>
                  <Table.Td>{p.endedOn ? formatDateVi(p.endedOn) : t('returnee.employment.ongoing')}</Table.Td>
                  {canRecord && (
                    <Table.Td>
                      {!p.endedOn && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={ending.submitting}
                          onClick={() =>
                            void ending.submit(() =>
                              endPeriod({
                                variables: {
                                  input: { employmentPeriodId: p.id, version: p.version, endedOn: todayInVietnam() },
                                },
                              }),
                            )
                          }
                        >
                          {t('returnee.employment.end')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
