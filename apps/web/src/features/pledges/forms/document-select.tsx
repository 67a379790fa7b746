import { formatDateVi } from '@hoanhap/shared';
import { Select, type SelectProps } from '@mantine/core';
import type { PledgeFormChoicesQuery } from '../../../gql/graphql';

type Documents = PledgeFormChoicesQuery['documents']['edges'];

type DocumentSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  documents: Documents;
  value: string | null;
  onChange: (documentId: string | null) => void;
};

/** Picks one of the unit's documents (minutes, reports) by number, title or date. */
export function DocumentSelect({ documents, value, onChange, ...props }: DocumentSelectProps) {
  const data = documents.map(({ node }) => ({
    value: node.id,
    label: [node.numberSymbol, node.title, formatDateVi(node.issuedOn)].filter(Boolean).join(' · '),
  }));
  return <Select searchable clearable data={data} value={value} onChange={onChange} {...props} />;
}
