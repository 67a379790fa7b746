import { useMutation } from '@apollo/client/react';
import { MAIN_PENALTY_LABELS, OFFENCE_SEVERITY_LABELS } from '@hoanhap/shared';
import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { useEnumLabel } from '../../../components/enum-label';
import { type MainPenalty, type OffenceSeverity, RecordConvictionDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog } from './conflict-dialog';
import { FormShell } from './form-shell';
import { toInt, useRequiredCheck } from './use-required-fields';

const SEVERITIES = Object.keys(OFFENCE_SEVERITY_LABELS) as OffenceSeverity[];
const PENALTIES = Object.keys(MAIN_PENALTY_LABELS) as MainPenalty[];
const FIELDS = [
  'court',
  'judgmentNumber',
  'judgmentDate',
  'penalCodeArticle',
  'penalCodeChapter',
  'severity',
  'intentional',
  'ageAtOffence',
  'mainPenalty',
  'prisonMonths',
  'mainPenaltyCompletedOn',
] as const;

/**
 * "Ghi nhận bản án". The file is read again after saving: the API recomputes the expungement
 * forecast from the latest judgment, and the header shows it.
 */
export function ConvictionForm({
  returneeId,
  onSaved,
  onCancel,
}: {
  returneeId: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const requiredCheck = useRequiredCheck();
  const { errors, invalid, clear, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    conflictDialog: true,
  });
  const [record] = useMutation(RecordConvictionDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [text, setText] = useState({ court: '', judgmentNumber: '', penalCodeArticle: '' });
  const [judgmentDate, setJudgmentDate] = useState<string | null>(null);
  const [completedOn, setCompletedOn] = useState<string | null>(null);
  const [chapter, setChapter] = useState<number | string>('');
  const [age, setAge] = useState<number | string>('');
  const [months, setMonths] = useState<number | string>('');
  const [severity, setSeverity] = useState<OffenceSeverity | null>(null);
  const [mainPenalty, setMainPenalty] = useState<MainPenalty | null>(null);
  const [intentional, setIntentional] = useState(true);
  const fixedTerm = mainPenalty === 'FIXED_TERM_IMPRISONMENT';

  const err = (name: string) => errors.fields[name] || undefined;
  const textField = (name: keyof typeof text) => ({
    value: text[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const { value } = e.currentTarget;
      setText((prev) => ({ ...prev, [name]: value }));
      clear(name);
    },
    error: err(name),
    required: true,
  });

  async function save() {
    const missing = requiredCheck({
      ...text,
      judgmentDate,
      penalCodeChapter: toInt(chapter),
      severity,
      ageAtOffence: toInt(age),
      mainPenalty,
      ...(fixedTerm ? { prisonMonths: toInt(months) } : {}),
    });
    if (Object.keys(missing).length > 0 || !judgmentDate || !severity || !mainPenalty) {
      return invalid(missing);
    }
    await submit(
      () =>
        record({
          variables: {
            input: {
              returneeId,
              court: text.court.trim(),
              judgmentNumber: text.judgmentNumber.trim(),
              judgmentDate,
              penalCodeArticle: text.penalCodeArticle.trim(),
              penalCodeChapter: toInt(chapter) ?? 0,
              severity,
              intentional,
              ageAtOffence: toInt(age) ?? 0,
              mainPenalty,
              prisonMonths: fixedTerm ? toInt(months) : null,
              mainPenaltyCompletedOn: completedOn,
            },
          },
        }),
      onSaved,
    );
  }

  return (
    <FormShell
      label={t('conviction.add')}
      testId="conviction-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('conviction.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextInput label={t('conviction.court')} placeholder={t('conviction.courtPlaceholder')} {...textField('court')} />
      <Group grow align="flex-start">
        <TextInput
          label={t('conviction.judgmentNumber')}
          placeholder={t('conviction.judgmentNumberPlaceholder')}
          {...textField('judgmentNumber')}
        />
        <DateField
          label={t('conviction.judgmentDate')}
          value={judgmentDate}
          onChange={(value) => {
            setJudgmentDate(value);
            clear('judgmentDate');
          }}
          required
          error={err('judgmentDate')}
          popoverProps={{ withinPortal: false }}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('conviction.penalCodeArticle')}
          placeholder={t('conviction.penalCodeArticlePlaceholder')}
          {...textField('penalCodeArticle')}
        />
        <NumberInput
          label={t('conviction.penalCodeChapter')}
          description={t('conviction.penalCodeChapterHint')}
          value={chapter}
          onChange={(value) => {
            setChapter(value);
            clear('penalCodeChapter');
          }}
          min={1}
          max={26}
          allowDecimal={false}
          allowNegative={false}
          required
          error={err('penalCodeChapter')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('conviction.severity')}
          data={SEVERITIES.map((value) => ({ value, label: label(OFFENCE_SEVERITY_LABELS, value) }))}
          value={severity}
          onChange={(value) => {
            setSeverity(SEVERITIES.find((s) => s === value) ?? null);
            clear('severity');
          }}
          required
          comboboxProps={{ withinPortal: false }}
          error={err('severity')}
        />
        <NumberInput
          label={t('conviction.ageAtOffence')}
          value={age}
          onChange={(value) => {
            setAge(value);
            clear('ageAtOffence');
          }}
          min={14}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          required
          error={err('ageAtOffence')}
        />
      </Group>
      <Checkbox
        label={t('conviction.intentional')}
        checked={intentional}
        onChange={(e) => setIntentional(e.currentTarget.checked)}
        error={err('intentional')}
      />
      <Group grow align="flex-start">
        <Select
          label={t('conviction.mainPenalty')}
          data={PENALTIES.map((value) => ({ value, label: label(MAIN_PENALTY_LABELS, value) }))}
          value={mainPenalty}
          onChange={(value) => {
            setMainPenalty(PENALTIES.find((p) => p === value) ?? null);
            clear('mainPenalty');
            clear('prisonMonths');
          }}
          required
          comboboxProps={{ withinPortal: false }}
          error={err('mainPenalty')}
        />
        {fixedTerm && (
          <NumberInput
            label={t('conviction.prisonMonths')}
            description={t('conviction.prisonMonthsHint')}
            value={months}
            onChange={(value) => {
              setMonths(value);
              clear('prisonMonths');
            }}
            min={1}
            max={360}
            allowDecimal={false}
            allowNegative={false}
            required
            error={err('prisonMonths')}
          />
        )}
      </Group>
      <DateField
        label={t('conviction.mainPenaltyCompletedOn')}
        description={t('conviction.mainPenaltyCompletedOnHint')}
        value={completedOn}
        onChange={(value) => {
          setCompletedOn(value);
          clear('mainPenaltyCompletedOn');
        }}
        error={err('mainPenaltyCompletedOn')}
        popoverProps={{ withinPortal: false }}
      />
      <ConflictDialog reason={conflict} onClose={closeConflict} />
    </FormShell>
  );
}
