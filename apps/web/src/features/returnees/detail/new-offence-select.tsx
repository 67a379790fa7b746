import { useQuery } from '@apollo/client/react';
import { formatDateVi } from '@hoanhap/shared';
import { Alert, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReturneeDetailDocument } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';

interface NewOffenceSelectProps {
  returneeId: string;
  value: string | null;
  onChange: (incidentId: string | null) => void;
  error?: string;
}

/**
 * Closing a case as NEW_CONVICTION points at the person's NEW_OFFENCE incident (the API refuses
 * it otherwise). The file is already loaded, so the incidents come from the cache; without one
 * the officer is told to record it first on the incidents tab.
 */
export function NewOffenceSelect({ returneeId, value, onChange, error }: NewOffenceSelectProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const { data } = useQuery(ReturneeDetailDocument, { variables: { id: returneeId }, fetchPolicy: 'cache-only' });
  const offences = (data?.returnee?.incidents ?? []).filter((i) => i.kind === 'NEW_OFFENCE');
  if (offences.length === 0) {
    return (
      <Alert color="yellow" variant="light" role="alert" data-testid="no-new-offence">
        {error ?? t('closure.noNewOffence')}
      </Alert>
    );
  }
  return (
    <Select
      label={t('closure.incident')}
      description={t('closure.incidentHint')}
      data={offences.map((i) => ({
        value: i.id,
        label: `${formatDateVi(i.occurredOn)}${i.note ? ` · ${i.note.slice(0, 60)}` : ''}`,
      }))}
      value={value}
      onChange={onChange}
      required
      comboboxProps={{ withinPortal: false }}
      error={error}
    />
  );
}
