import { CASE_STATUS_LABELS, formatDateVi, SEX_LABELS } from '@hoanhap/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import type { MergeCandidateFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';

type Person = MergeCandidateFieldsFragment;

/** The identity rows, in the order the profile shows them: how each reads a person. */
const IDENTITY: ReadonlyArray<[string, (p: Person, say: ReturnType<typeof useEnumLabel>) => string | null]> = [
  ['fullName', (p) => p.fullName],
  ['otherNames', (p) => p.otherNames.join(', ') || null],
  ['dateOfBirth', (p) => (p.dateOfBirth ? formatDateVi(p.dateOfBirth) : null)],
  ['sex', (p, say) => (p.sex ? say(SEX_LABELS, p.sex) : null)],
  ['citizenId', (p) => p.citizenId],
  ['permanentAddress', (p) => p.permanentAddress],
  ['currentAddress', (p) => p.currentAddress],
  ['residentialGroup', (p) => p.residentialGroup],
  ['unit', (p) => p.unit.name],
  ['status', (p, say) => say(CASE_STATUS_LABELS, p.status)],
  ['returnedOn', (p) => (p.returnedOn ? formatDateVi(p.returnedOn) : null)],
];

/**
 * The two records side by side: the one kept, then the one merged into it; an empty field of the
 * kept record shows what it will take from the other. Then how many records of each kind each
 * holds (all of them move to the kept one).
 */
export function MergeCompare({ survivor, absorbed }: { survivor: Person; absorbed: Person }) {
  const { t } = useTranslation(CASEWORK_NS);
  const say = useEnumLabel();
  const count = (p: Person, kind: string) => p.relatedRecordCounts.find((c) => c.kind === kind)?.count ?? 0;
  const kinds = survivor.relatedRecordCounts
    .map((c) => c.kind)
    .filter((k) => count(survivor, k) + count(absorbed, k) > 0);
  return (
    <Table withTableBorder withColumnBorders striped data-testid="merge-compare">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('merge.field')}</Table.Th>
          <Table.Th scope="col">{t('merge.kept')}</Table.Th>
          <Table.Th scope="col">{t('merge.absorbed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {IDENTITY.map(([field, read]) => {
          const [kept, other] = [read(survivor, say), read(absorbed, say)];
          return (
            <Table.Tr key={field}>
              <Table.Th scope="row">{t(`merge.fields.${field}` as 'merge.fields.fullName')}</Table.Th>
              <Table.Td>
                {kept ?? (
                  <Text span size="sm" c={other ? 'teal' : 'dimmed'}>
                    {other ? t('merge.takes', { value: other }) : '—'}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{other ?? '—'}</Table.Td>
            </Table.Tr>
          );
        })}
        {kinds.map((kind) => (
          <Table.Tr key={kind}>
            <Table.Th scope="row">{t(`merge.kinds.${kind}` as 'merge.kinds.contact', { defaultValue: kind })}</Table.Th>
            <Table.Td>{count(survivor, kind)}</Table.Td>
            <Table.Td>{count(absorbed, kind)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
