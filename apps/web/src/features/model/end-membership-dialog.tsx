import { useMutation } from '@apollo/client/react';
import { COMMITTEE_ROLE_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type CommitteeMemberRowFragment, EndCommitteeMembershipDocument } from '../../gql/graphql';
import { FormError } from '../../components/forms/form-error';
import { DialogFooter } from '../../components/forms/dialog-footer';
import { fieldProps, textProps } from '../../components/forms/bound-field';

const FIELDS = ['endedOn', 'endReason', 'memberId'] as const;

interface EndMembershipDialogProps {
  /** The membership to end; the dialog is closed while null. */
  member: CommitteeMemberRowFragment | null;
  onClose: () => void;
  onEnded: (member: CommitteeMemberRowFragment) => void;
  /** The head is replaced, never just ended: this opens the appointment with them as the one replaced. */
  onReplace: (member: CommitteeMemberRowFragment) => void;
}

/**
 * "Kết thúc": the last day in the role and why. The membership stays in the history. For the HEAD
 * the API refuses (CONFLICT, HEAD_REQUIRED), so the dialog explains that and offers the
 * appointment of a successor instead of a form that can only fail.
 */
export function EndMembershipDialog({ member, onClose, onEnded, onReplace }: EndMembershipDialogProps) {
  const { t } = useTranslation('model');
  const label = useEnumLabel();
  if (!member) return null;
  const role = label(COMMITTEE_ROLE_LABELS, member.role);
  return (
    <Modal opened onClose={onClose} title={member.role === 'HEAD' ? t('model.end.headTitle') : t('model.end.title')}>
      {member.role === 'HEAD' ? (
        <Stack gap="sm" data-testid="end-head-explained">
          <Text size="sm">{t('model.end.headExplain', { name: member.personName })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button onClick={() => onReplace(member)} data-autofocus>
              {t('model.end.replaceInstead')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <EndMembershipForm member={member} role={role} onClose={onClose} onEnded={onEnded} onReplace={onReplace} />
      )}
    </Modal>
  );
}

function EndMembershipForm({
  member,
  role,
  onClose,
  onEnded,
  onReplace,
}: Omit<EndMembershipDialogProps, 'member'> & { member: CommitteeMemberRowFragment; role: string }) {
  const { t } = useTranslation('model');
  const { errors, invalid, setErrors, reason, submitting, submit } = useMutationForm({
    fields: FIELDS,
    ns: 'model',
    // ALREADY_ENDED names the member, not a field of this form: say it for the form.
    fieldFor: { memberId: null },
  });
  const [end] = useMutation(EndCommitteeMembershipDocument);
  const [endedOn, setEndedOn] = useState<string | null>(todayInVietnam());
  const [endReason, setEndReason] = useState('');
  const [headRequired, setHeadRequired] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!endedOn) return invalid({ endedOn: reason('REQUIRED') });
    const outcome = await submit(
      () => end({ variables: { input: { memberId: member.id, endedOn, endReason: endReason.trim() || null } } }),
      (result) => {
        if (result.data) onEnded(result.data.endCommitteeMembership);
        onClose();
      },
    );
    // Someone else made this member the head meanwhile: the same explanation as for the head.
    if (!outcome.ok && outcome.error.code === 'CONFLICT' && outcome.error.reason === 'HEAD_REQUIRED') {
      setHeadRequired(true);
      setErrors({ fields: {}, form: reason('HEAD_REQUIRED') });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="end-membership-form">
      <Stack gap="sm">
        <Text size="sm">{t('model.end.intro', { name: member.personName, role })}</Text>
        <DateField
          label={t('model.end.endedOn')}
          required
          data-autofocus
          {...fieldProps(errors, 'endedOn', endedOn, setEndedOn)}
        />
        <Textarea
          label={t('model.end.endReason')}
          placeholder={t('model.end.endReasonPlaceholder')}
          autosize
          minRows={2}
          maxLength={500}
          {...textProps(errors, 'endReason', endReason, setEndReason)}
        />
        <FormError message={errors.form} />
        <DialogFooter
          onCancel={onClose}
          submitting={submitting}
          submitLabel={t('model.end.submit')}
          action={
            headRequired ? (
              <Button onClick={() => onReplace(member)}>{t('model.end.replaceInstead')}</Button>
            ) : undefined
          }
        />
      </Stack>
    </form>
  );
}
