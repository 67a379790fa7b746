import { useMutation } from '@apollo/client/react';
import { PackageMatch } from '@hoanhap/shared';
import { Alert, Anchor, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../components/forms/form-error';
import { AcceptCasePackageDocument, type AcceptCasePackageMutation } from '../../gql/graphql';
import { HANDOVER_NS } from '../../i18n/handover';
import { useImportUnits } from '../imports/use-import-units';
import type { CasePackagePreview } from './case-package-requests';
import { useHandoverForm } from './handover-error';

const FIELDS = ['match', 'unitCode'] as const;

/** The choice the match suggests: the person on record, none yet for a possible duplicate, else a new file. */
function suggested(match: CasePackagePreview['match']): PackageMatch | null {
  if (match.kind === 'EXISTING') return PackageMatch.EXISTING;
  if (match.kind === 'POSSIBLE_DUPLICATE') return null;
  return PackageMatch.NEW;
}

/**
 * Step 2: whose file the package joins (the person on record, as for duplicates at registration,
 * or a new one) and the ward of the officer's scope the person comes into; then the acceptance.
 */
export function AcceptPackageForm({
  preview,
  onAccepted,
  onCancel,
}: {
  preview: CasePackagePreview;
  onAccepted: (person: AcceptCasePackageMutation['acceptCasePackage']) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(HANDOVER_NS);
  const form = useHandoverForm(FIELDS);
  const { options, defaultCode, error: unitsError } = useImportUnits();
  const [accept] = useMutation(AcceptCasePackageDocument, { refetchQueries: ['Returnees'] });
  const { match } = preview;
  const [choice, setChoice] = useState<PackageMatch | null>(suggested(match));
  const [unitCode, setUnitCode] = useState<string | null>(defaultCode);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!choice) missing.match = t('receive.accept.matchRequired');
    if (!unitCode) missing.unitCode = t('receive.accept.unitRequired');
    if (!choice || !unitCode) return form.invalid(missing);
    const returneeId = choice === PackageMatch.EXISTING ? match.returneeId : null;
    await form.submit(
      () => accept({ variables: { input: { packageId: preview.packageId, match: choice, returneeId, unitCode } } }),
      ({ data }) => {
        if (data) onAccepted(data.acceptCasePackage);
      },
    );
  }

  const onRecord = match.returneeId && match.fullName && (
    <Anchor component={Link} to={`/returnees/${encodeURIComponent(match.returneeId)}`} target="_blank">
      {match.fullName}
    </Anchor>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('receive.accept.title')} data-testid="accept-package-form">
      <Stack gap="md">
        <FormError message={form.errors.form} testId="accept-error" />
        <Alert
          color={match.kind === 'NEW' ? 'blue' : 'yellow'}
          variant="light"
          title={t(`receive.match.${match.kind}.title`)}
          data-testid="package-match"
        >
          {t(`receive.match.${match.kind}.body`)} {onRecord}
        </Alert>
        {match.kind !== 'NEW' && (
          <Radio.Group
            label={t('receive.accept.match')}
            value={choice}
            onChange={(value) => {
              setChoice(value === PackageMatch.EXISTING ? PackageMatch.EXISTING : PackageMatch.NEW);
              form.clear('match');
            }}
            error={form.errors.fields.match || undefined}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value={PackageMatch.EXISTING}
                label={t('receive.accept.existing', { name: match.fullName ?? '' })}
              />
              <Radio value={PackageMatch.NEW} label={t('receive.accept.new')} />
            </Stack>
          </Radio.Group>
        )}
        <Select
          label={t('receive.accept.unit')}
          description={t('receive.accept.unitHint')}
          data={options.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          value={unitCode}
          onChange={(value) => {
            setUnitCode(value);
            form.clear('unitCode');
          }}
          searchable
          allowDeselect={false}
          withAsterisk
          error={
            form.errors.fields.unitCode || (unitsError ? t('pickers.loadFailed', { ns: 'translation' }) : undefined)
          }
        />
        <Text size="sm" c="dimmed">
          {t('receive.accept.explain')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={form.submitting}>
            {t('receive.accept.another')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('receive.accept.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
