import { MAIN_PENALTY_LABELS, OFFENCE_SEVERITY_LABELS } from '@hoanhap/shared';
import { Checkbox, Group, NumberInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound, fieldError } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { SelectField } from '../../../components/forms/select-field';
import { type MainPenalty, type OffenceSeverity, RecordConvictionDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { type CaseFormProps, FormShell } from './form-shell';
import { useJudgmentForm } from './use-case-form';
import { toInt } from './use-required-fields';

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
export function ConvictionForm({ returneeId, onSaved, onCancel }: CaseFormProps & { returneeId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const { form, mutate: record, requiredCheck } = useJudgmentForm(RecordConvictionDocument, { fields: FIELDS });
  const { invalid, clear, submit } = form;
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

  const err = (name: string) => fieldError(form, name);
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
      form={form}
      submitLabel={t('conviction.submit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      <TextInput label={t('conviction.court')} placeholder={t('conviction.courtPlaceholder')} {...textField('court')} />
      <Group grow align="flex-start">
        <TextInput
          label={t('conviction.judgmentNumber')}
          placeholder={t('conviction.judgmentNumberPlaceholder')}
          {...textField('judgmentNumber')}
        />
        <DateInputField
          {...bound(form, 'judgmentDate', judgmentDate, setJudgmentDate)}
          label={t('conviction.judgmentDate')}
          required
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
        <SelectField
          {...bound(form, 'severity', severity, setSeverity)}
          label={t('conviction.severity')}
          labels={OFFENCE_SEVERITY_LABELS}
          required
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
        <SelectField
          form={form}
          name="mainPenalty"
          label={t('conviction.mainPenalty')}
          labels={MAIN_PENALTY_LABELS}
          value={mainPenalty}
          onChange={(value) => {
            setMainPenalty(value);
            clear('prisonMonths');
          }}
          required
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
      <DateInputField
        {...bound(form, 'mainPenaltyCompletedOn', completedOn, setCompletedOn)}
        label={t('conviction.mainPenaltyCompletedOn')}
        description={t('conviction.mainPenaltyCompletedOnHint')}
      />
    </FormShell>
  );
}
