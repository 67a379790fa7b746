import { useQuery } from '@apollo/client/react';
import { ORGANISATION_KIND_LABELS } from '@hoanhap/shared';
import { Badge, Group, List, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { ErrorState } from '../../../components/error-state';
import { UnitOrganisationsDocument } from '../../../gql/graphql';

/** A unit's organisations, fetched when the unit is opened (mounted only then). */
export function UnitOrganisations({ unitId, unitName, id }: { unitId: string; unitName: string; id: string }) {
  const { t } = useTranslation('admin');
  const label = useEnumLabel();
  const { data, loading, error, refetch } = useQuery(UnitOrganisationsDocument, { variables: { unitId } });
  const organisations = data?.organisations;

  return (
    <section id={id} aria-label={t('units.organisations.label', { name: unitName })}>
      {loading && !organisations ? (
        <Skeleton h={48} data-testid="unit-organisations-loading" />
      ) : error && !organisations ? (
        <ErrorState error={error} title={t('units.organisations.loadFailed')} onRetry={() => refetch()} />
      ) : !organisations || organisations.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="unit-organisations-empty">
          {t('units.organisations.empty')}
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none">
          {organisations.map((organisation) => (
            <List.Item key={organisation.id} data-testid="unit-organisation">
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{organisation.name}</Text>
                <Badge variant="outline" size="sm">
                  {label(ORGANISATION_KIND_LABELS, organisation.kind)}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
