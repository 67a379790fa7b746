import { useQuery } from '@apollo/client/react';
import { normalizeName, PLEDGE_KIND_LABELS, PledgeKind } from '@hoanhap/shared';
import { Group, MultiSelect, Select, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { usePledgeForm } from './use-pledge-form';
import { OrganisationsDocument, SignPledgeDocument } from '../../../gql/graphql';
import { FormDialog } from '../../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../../components/forms/bound-field';

/** The kinds of pledge, in the order the lists offer them. */
export const PLEDGE_KINDS = [
  PledgeKind.EMULATION,
  PledgeKind.RETURNEE,
  PledgeKind.FAMILY,
  PledgeKind.EMPLOYER,
] as const satisfies readonly PledgeKind[];
const KINDS = PLEDGE_KINDS;

interface Signer {
  representative: string;
  title: string;
}

interface SignPledgeDialogProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * "Ký cam kết mới": the pledge with the organisations that sign it and who signs for each (row i is
 * `signatories.i`). Targets are added on the pledge's page afterwards.
 */
export function SignPledgeDialog({ opened, onClose }: SignPledgeDialogProps) {
  const { t } = useTranslation('pledges');
  const label = useEnumLabel();
  const navigate = useNavigate();
  const form = usePledgeForm(SignPledgeDocument, 'PledgeList');
  const { errors, invalid, reset, reason, submitting, submit, mutate: sign } = form;
  const organisations = useQuery(OrganisationsDocument, { variables: { unitId: null, kinds: null }, skip: !opened });
  const [kind, setKind] = useState<PledgeKind | null>(null);
  const [title, setTitle] = useState('');
  const [signedOn, setSignedOn] = useState<string | null>(null);
  const [periodFrom, setPeriodFrom] = useState<string | null>(null);
  const [periodTo, setPeriodTo] = useState<string | null>(null);
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [signers, setSigners] = useState<Record<string, Signer>>({});
  const orgName = new Map((organisations.data?.organisations ?? []).map((o) => [o.id, o.name]));

  const signer = (id: string): Signer => signers[id] ?? { representative: '', title: '' };
  const setSigner = (id: string, change: Partial<Signer>) =>
    setSigners((prev) => ({ ...prev, [id]: { ...signer(id), ...change } }));

  function close() {
    setKind(null);
    setTitle('');
    setSignedOn(null);
    setPeriodFrom(null);
    setPeriodTo(null);
    setOrgIds([]);
    setSigners({});
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!kind) fields.kind = reason('REQUIRED');
    if (!title.trim()) fields.title = reason('REQUIRED');
    if (!signedOn) fields.signedOn = reason('REQUIRED');
    if (!periodFrom) fields.periodFrom = reason('REQUIRED');
    if (!periodTo) fields.periodTo = reason('REQUIRED');
    if (orgIds.length === 0) fields.signatories = reason('REQUIRED');
    const signatories = orgIds.map((organisationId, i) => {
      const { representative, title: position } = signer(organisationId);
      if (!representative.trim()) fields[`signatories.${i}.representative`] = reason('REQUIRED');
      return { organisationId, representative: representative.trim(), title: position.trim() || null };
    });
    if (!kind || !signedOn || !periodFrom || !periodTo || Object.keys(fields).length > 0) return invalid(fields);
    await submit(
      () => sign({ variables: { input: { kind, title: title.trim(), signedOn, periodFrom, periodTo, signatories } } }),
      (result) => {
        close();
        if (result.data) navigate(`/pledges/${encodeURIComponent(result.data.signPledge.id)}`);
      },
    );
  }

  const signerError = (i: number) =>
    errors.fields[`signatories.${i}.representative`] ?? errors.fields[`signatories.${i}.organisationId`];

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('pledge.sign.title')}
      size="xl"
      testId="sign-pledge-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('pledge.sign.submit')}
    >
      <Group grow align="flex-start">
        <Select
          label={t('pledge.sign.kind')}
          data={KINDS.map((k) => ({ value: k, label: label(PLEDGE_KIND_LABELS, k) }))}
          value={kind}
          onChange={(next) => setKind(KINDS.find((k) => k === next) ?? null)}
          error={errors.fields.kind}
          required
          data-autofocus
        />
        <DateField
          label={t('pledge.sign.signedOn')}
          required
          {...fieldProps(errors, 'signedOn', signedOn, setSignedOn)}
        />
      </Group>
      <TextInput label={t('pledge.sign.titleField')} required {...textProps(errors, 'title', title, setTitle)} />
      <Group grow align="flex-start">
        <DateField
          label={t('pledge.sign.periodFrom')}
          required
          {...fieldProps(errors, 'periodFrom', periodFrom, setPeriodFrom)}
        />
        <DateField
          label={t('pledge.sign.periodTo')}
          required
          {...fieldProps(errors, 'periodTo', periodTo, setPeriodTo)}
        />
      </Group>
      <MultiSelect
        label={t('pledge.sign.organisations')}
        description={t('pledge.sign.organisationsHint')}
        data={(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={orgIds}
        onChange={setOrgIds}
        searchable
        filter={({ options, search }) => {
          const wanted = normalizeName(search);
          return options.filter((o) => 'label' in o && normalizeName(o.label).includes(wanted));
        }}
        disabled={organisations.loading}
        error={
          errors.fields.signatories ??
          (organisations.error ? t('pickers.loadFailed', { ns: 'translation' }) : undefined)
        }
        required
      />
      {orgIds.length > 0 && (
        <Table withTableBorder verticalSpacing="xs" data-testid="signatory-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pledge.signatories.organisation')}</Table.Th>
              <Table.Th>
                {t('pledge.signatories.representative')}{' '}
                <Text span c="red" aria-hidden>
                  *
                </Text>
              </Table.Th>
              <Table.Th>{t('pledge.signatories.position')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orgIds.map((id, i) => {
              const name = orgName.get(id) ?? id;
              return (
                <Table.Tr key={id}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('pledge.sign.representativeOf', { name })}
                      value={signer(id).representative}
                      onChange={(e) => setSigner(id, { representative: e.currentTarget.value })}
                      error={signerError(i)}
                      required
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('pledge.sign.positionOf', { name })}
                      value={signer(id).title}
                      onChange={(e) => setSigner(id, { title: e.currentTarget.value })}
                      error={errors.fields[`signatories.${i}.title`]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </FormDialog>
  );
}
