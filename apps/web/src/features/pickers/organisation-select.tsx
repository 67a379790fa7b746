import { useQuery } from '@apollo/client/react';
import { normalizeName } from '@hoanhap/shared';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OrganisationKind, OrganisationsDocument } from '../../gql/graphql';

type OrganisationSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** Only this unit's organisations (e.g. the person's ward); all in scope when left out. */
  unitId?: string | null;
  kinds?: OrganisationKind[];
  value: string | null;
  onChange: (organisationId: string | null) => void;
};

/**
 * Picks an organisation of the caller's units by name, typing without diacritics. Shows its own loading and error states in the field.
 */
export function OrganisationSelect({ unitId, kinds, value, onChange, ...props }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganisationsDocument, {
    variables: { unitId: unitId ?? null, kinds: kinds ?? null },
  });
  const options = (data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value}
      onChange={(next) => onChange(next)}
      disabled={loading || props.disabled}
      placeholder={loading ? t('app.loading') : undefined}
      nothingFoundMessage={t('pickers.noOrganisation')}
      filter={({ options: all, search }) => {
        // "hoi phu nu" finds "Hội Phụ nữ": the same folding as the API's name search.
        const wanted = normalizeName(search);
        return all.filter((option) => 'label' in option && normalizeName(option.label).includes(wanted));
      }}
      {...props}
      error={props.error ?? (error ? t('pickers.loadFailed') : undefined)}
    />
  );
}
