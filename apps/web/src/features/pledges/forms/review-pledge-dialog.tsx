import { useQuery } from '@apollo/client/react';
import { todayInVietnam, ReviewKind } from '@hoanhap/shared';
import { Group, Select, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { usePledgeForm } from './use-pledge-form';
import { useEnumLabel } from '../../../components/enum-label';
import { PledgeFormChoicesDocument, ReviewPledgeDocument, type TargetResultFragment } from '../../../gql/graphql';
import { useLang } from '../../../i18n/use-lang';
import { formatNumber } from '../format';
import { REVIEW_KIND_LABELS } from '../labels';
import { DocumentSelect } from './document-select';
import { parseDecimal } from '../format';
import { FormDialog } from '../../../components/forms/form-dialog';
import { fieldProps } from '../../../components/forms/bound-field';

const KINDS = [ReviewKind.SIX_MONTH, ReviewKind.YEAR_END] as const satisfies readonly ReviewKind[];

interface ManualRow {
  actual: string;
  evidence: string | null;
}

interface ReviewPledgeDialogProps {
  pledgeId: string;
  targets: readonly TargetResultFragment[];
  opened: boolean;
  onClose: () => void;
}

/**
 * "Sơ kết / tổng kết": the API freezes every target. Manual targets take the value and evidence
 * typed here (row i is `manualActuals.i`); computed ones are measured by the API, so their live
 * value is only shown.
 */
export function ReviewPledgeDialog({ pledgeId, targets, opened, onClose }: ReviewPledgeDialogProps) {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const label = useEnumLabel();
  const form = usePledgeForm(ReviewPledgeDocument, 'PledgeDetail');
  const { errors, invalid, reset, reason, submitting, submit, mutate: review } = form;
  const choices = useQuery(PledgeFormChoicesDocument, { skip: !opened });
  const manualTargets = targets.filter((target) => target.kind === 'MANUAL');
  const [kind, setKind] = useState<ReviewKind | null>(null);
  const [reviewedOn, setReviewedOn] = useState<string | null>(todayInVietnam());
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [rows, setRows] = useState<Record<string, ManualRow>>({});
  const documents = choices.data?.documents.edges ?? [];

  const row = (id: string): ManualRow => rows[id] ?? { actual: '', evidence: null };
  const setRow = (id: string, change: Partial<ManualRow>) =>
    setRows((prev) => ({ ...prev, [id]: { ...row(id), ...change } }));

  function close() {
    setKind(null);
    setReviewedOn(todayInVietnam());
    setDocumentId(null);
    setRows({});
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!kind) fields.kind = reason('REQUIRED');
    if (!reviewedOn) fields.reviewedOn = reason('REQUIRED');
    const manualActuals = manualTargets.map((target, i) => {
      const { actual, evidence } = row(target.id);
      const value = parseDecimal(actual);
      if (value === null) fields[`manualActuals.${i}.actual`] = reason('REQUIRED');
      else if (Number.isNaN(value) || value < 0) fields[`manualActuals.${i}.actual`] = reason('OUT_OF_RANGE');
      if (!evidence) fields[`manualActuals.${i}.evidenceDocumentId`] = reason('REQUIRED');
      return { targetId: target.id, actual: value ?? 0, evidenceDocumentId: evidence ?? '' };
    });
    if (!kind || !reviewedOn || Object.keys(fields).length > 0) return invalid(fields);
    await submit(
      () => review({ variables: { input: { pledgeId, kind, reviewedOn, documentId, manualActuals } } }),
      close,
    );
  }

  const rowError = (i: number, name: string) =>
    errors.fields[`manualActuals.${i}.${name}`] ?? (i === 0 ? errors.fields[`manualActuals.${name}`] : undefined);

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('pledge.review.title')}
      size="xl"
      testId="review-pledge-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('pledge.review.submit')}
    >
      <Group grow align="flex-start">
        <Select
          label={t('pledge.review.kind')}
          data={KINDS.map((k) => ({ value: k, label: label(REVIEW_KIND_LABELS, k) }))}
          value={kind}
          onChange={(next) => setKind(KINDS.find((k) => k === next) ?? null)}
          error={errors.fields.kind}
          required
          data-autofocus
        />
        <DateField
          label={t('pledge.review.reviewedOn')}
          required
          {...fieldProps(errors, 'reviewedOn', reviewedOn, setReviewedOn)}
        />
      </Group>
      <DocumentSelect
        label={t('pledge.review.document')}
        documents={documents}
        value={documentId}
        onChange={setDocumentId}
        error={errors.fields.documentId}
      />
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pledge.review.target')}</Table.Th>
              <Table.Th>
                {t('pledge.review.actual')}{' '}
                <Text span c="red" aria-hidden>
                  *
                </Text>
              </Table.Th>
              <Table.Th>
                {t('pledge.review.evidence')}{' '}
                <Text span c="red" aria-hidden>
                  *
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((target) => {
              const i = manualTargets.indexOf(target);
              return (
                <Table.Tr key={target.id} data-testid="review-target-row">
                  <Table.Td>{target.label}</Table.Td>
                  {i < 0 ? (
                    <Table.Td colSpan={2}>
                      <Text size="sm" c="dimmed" data-testid="review-live-value">
                        {t('pledge.review.live', {
                          value:
                            target.actual == null ? t('pledge.targets.notMeasured') : formatNumber(target.actual, lang),
                        })}
                      </Text>
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td>
                        <TextInput
                          aria-label={t('pledge.review.actualOf', { label: target.label })}
                          inputMode="decimal"
                          rightSection={<Text size="xs">{target.unitOfMeasure}</Text>}
                          rightSectionWidth={56}
                          value={row(target.id).actual}
                          onChange={(e) => setRow(target.id, { actual: e.currentTarget.value })}
                          error={rowError(i, 'actual') ?? rowError(i, 'targetId')}
                          required
                        />
                      </Table.Td>
                      <Table.Td>
                        <DocumentSelect
                          aria-label={t('pledge.review.evidenceOf', { label: target.label })}
                          documents={documents}
                          value={row(target.id).evidence}
                          onChange={(evidence) => setRow(target.id, { evidence })}
                          error={rowError(i, 'evidenceDocumentId')}
                          required
                        />
                      </Table.Td>
                    </>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {errors.fields.pledgeId && (
        <Text c="red" size="sm">
          {errors.fields.pledgeId}
        </Text>
      )}
    </FormDialog>
  );
}
