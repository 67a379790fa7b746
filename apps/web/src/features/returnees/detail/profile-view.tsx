import { formatDateVi, SEX_LABELS } from '@hoanhap/shared';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { PROFILE_KEYS, profileValues } from './profile-form';
import type { ProfileViewFieldsFragment } from '../../../gql/graphql';

/** The person's particulars as recorded, read-only. */
export function ProfileView({ returnee }: { returnee: ProfileViewFieldsFragment }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const v = profileValues(returnee);
  const show = (key: (typeof PROFILE_KEYS)[number]): string => {
    if (key === 'citizenId') return returnee.citizenId ?? t('returnee.profile.citizenIdHidden');
    if (key === 'sex') return label(SEX_LABELS, v.sex);
    if (key === 'otherNames') return v.otherNames.join(', ') || '—';
    if (key === 'dateOfBirth' || key === 'returnedOn') return v[key] ? formatDateVi(v[key]) : '—';
    return v[key] || '—';
  };
  return (
    <Table variant="vertical" layout="fixed" data-testid="profile-view">
      <Table.Tbody>
        {PROFILE_KEYS.map((key) => (
          <Table.Tr key={key}>
            <Table.Th w={220}>{t(`returnee.profile.${key}`)}</Table.Th>
            <Table.Td data-testid={`profile-${key}`}>{show(key)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th>{t('returnee.profile.familyContacts')}</Table.Th>
          <Table.Td data-testid="profile-familyContacts">
            {returnee.familyContacts.length === 0
              ? '—'
              : returnee.familyContacts
                  .map((c) => `${c.name} (${c.relation})${c.phone ? ` ${c.phone}` : ''}`)
                  .join('; ')}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
