import { useQuery } from '@apollo/client/react';
import { formatDateVi } from '@hoanhap/shared';
import { Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlacementCandidatesDocument } from '../../gql/graphql';

const MIN_SEARCH = 2;

interface ReturneePickerProps {
  value: string | null;
  onChange: (id: string | null, name: string | null) => void;
  error?: string;
}

/**
 * Finds a person by name through the `returnees` search, which ignores diacritics ("nguyen van"
 * finds "Nguyễn Văn"), and lists the matches as radio buttons: plain keyboard use, no popover.
 */
export function ReturneePicker({ value, onChange, error }: ReturneePickerProps) {
  const { t } = useTranslation('employers');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(PlacementCandidatesDocument, {
    variables: { search: debounced },
    skip: debounced.length < MIN_SEARCH,
  });
  const people = debounced.length < MIN_SEARCH ? [] : (data?.returnees.edges.map((e) => e.node) ?? []);

  return (
    <Stack gap={6}>
      <TextInput
        label={t('placement.returnee')}
        description={t('placement.returneeHint')}
        placeholder={t('placement.returneePlaceholder')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          // A new search hides the earlier matches, so the choice among them is dropped too.
          if (value) onChange(null, null);
        }}
        rightSection={loading ? <Loader size="xs" aria-label={t('placement.searching')} /> : null}
        error={error}
        required
        data-autofocus
      />
      {debounced.length >= MIN_SEARCH && !loading && people.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('placement.noMatch')}
        </Text>
      )}
      {people.length > 0 && (
        <Radio.Group
          aria-label={t('placement.returnee')}
          value={value}
          onChange={(id) => onChange(id, people.find((p) => p.id === id)?.fullName ?? null)}
        >
          <Stack gap={6} data-testid="returnee-candidates">
            {people.map((person) => (
              <Radio
                key={person.id}
                value={person.id}
                label={
                  person.dateOfBirth
                    ? `${person.fullName} (${t('placement.born', { date: formatDateVi(person.dateOfBirth) })})`
                    : person.fullName
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
