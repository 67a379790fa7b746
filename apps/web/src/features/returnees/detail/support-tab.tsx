import { useMutation } from '@apollo/client/react';
import {
  formatDateVi,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TRANSITIONS,
  SUPPORT_TYPE_LABELS,
  SupportStatus,
  todayInVietnam,
} from '@hoanhap/shared';
import { Badge, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import {
  type SupportFieldsFragment,
  UpdateSupportStatusDocument,
  type SupportTabFieldsFragment,
} from '../../../gql/graphql';
import { SupportForm } from '../forms/support-form';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';
import { fieldProps, textProps } from '../../../components/forms/bound-field';

const FIELDS = ['status', 'completedOn', 'outcome'] as const;

function StatusUpdate({ support, onClose }: { support: SupportFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { errors, submitting, submit } = useMutationForm({ fields: FIELDS });
  const options = SUPPORT_TRANSITIONS[support.status];
  const [status, setStatus] = useState<SupportStatus>(options[0] ?? SupportStatus.DONE);
  const [completedOn, setCompletedOn] = useState<string | null>(todayInVietnam());
  const [outcome, setOutcome] = useState(support.outcome ?? '');
  const [update] = useMutation(UpdateSupportStatusDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit(
      () =>
        update({
          variables: {
            input: {
              supportId: support.id,
              version: support.version,
              status,
              completedOn: status === 'DONE' ? completedOn : null,
              outcome: outcome.trim() || null,
            },
          },
        }),
      onClose,
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError message={errors.form} />
        <Select
          label={t('returnee.support.newStatus')}
          data={options.map((value) => ({ value, label: label(SUPPORT_STATUS_LABELS, value) }))}
          value={status}
          onChange={(value) => setStatus(options.find((o) => o === value) ?? status)}
          allowDeselect={false}
          error={errors.fields.status}
          comboboxProps={{ withinPortal: false }}
        />
        {status === 'DONE' && (
          <DateField
            label={t('returnee.support.completedOn')}
            required
            popoverProps={{ withinPortal: false }}
            {...fieldProps(errors, 'completedOn', completedOn, setCompletedOn)}
          />
        )}
        <Textarea label={t('returnee.support.outcome')} {...textProps(errors, 'outcome', outcome, setOutcome)} />
        <DialogFooter onCancel={onClose} submitting={submitting} submitLabel={t('common.save')} />
      </Stack>
    </form>
  );
}

export function SupportTab({ returnee, canRecord }: { returnee: SupportTabFieldsFragment; canRecord: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [editing, setEditing] = useState<SupportFieldsFragment | null>(null);
  return (
    <Stack gap="lg">
      {canRecord && (
        <Card withBorder padding="md">
          <Title order={3} size="h5" mb="sm">
            {t('returnee.support.record')}
          </Title>
          <SupportForm returneeId={returnee.id} />
        </Card>
      )}
      {returnee.supports.length === 0 ? (
        <Text c="dimmed">{t('returnee.support.empty')}</Text>
      ) : (
        <Stack gap="sm" data-testid="support-list">
          {returnee.supports.map((s) => (
            <Card key={s.id} withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text fw={600} size="sm">
                    {label(SUPPORT_TYPE_LABELS, s.type)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateVi(s.startedOn)}
                    {s.completedOn ? ` – ${formatDateVi(s.completedOn)}` : ''}
                    {s.providerOrganisation?.name || s.providerName
                      ? ` · ${s.providerOrganisation?.name ?? s.providerName}`
                      : ''}
                    {s.amountVnd ? ` · ${Number(s.amountVnd).toLocaleString('vi-VN')} đ` : ''}
                  </Text>
                  {s.outcome && <Text size="sm">{s.outcome}</Text>}
                </div>
                <Group gap="xs" wrap="nowrap">
                  <Badge variant="light" tt="none">
                    {label(SUPPORT_STATUS_LABELS, s.status)}
                  </Badge>
                  {canRecord && SUPPORT_TRANSITIONS[s.status].length > 0 && (
                    <Button size="xs" variant="default" onClick={() => setEditing(s)}>
                      {t('returnee.support.update')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('returnee.support.update')}>
        {editing && <StatusUpdate support={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
