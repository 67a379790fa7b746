import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { EndUserSessionsDocument } from '../../gql/graphql';
import { ADMIN_NS, AdminTexts } from '../../i18n/admin';
import { ConfirmDialog } from './confirm-dialog';

interface EndSessionsButtonProps {
  /** The account to sign out, and how to name it to the user (a name or an email). */
  userId: string;
  name: string;
  /** Called with the notice to show ("… sessions ended") once the sessions have ended. */
  onDone: (notice: string) => void;
}

function EndSessions({ userId, name, onDone }: EndSessionsButtonProps) {
  const { t } = useTranslation(ADMIN_NS);
  const [endUserSessions] = useMutation(EndUserSessionsDocument);
  const form = useMutationForm({ fields: [] });
  const [confirming, setConfirming] = useState(false);

  async function onConfirm() {
    await form.submit(
      () => endUserSessions({ variables: { userId } }),
      ({ data }) => {
        setConfirming(false);
        onDone(t('endSessions.done', { name, count: data?.endUserSessions ?? 0 }));
      },
    );
  }

  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          form.reset();
          setConfirming(true);
        }}
      >
        {t('endSessions.action')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('endSessions.title', { name })}
        body={t('endSessions.body', { name })}
        confirmLabel={t('endSessions.confirm')}
        loading={form.submitting}
        error={form.errors.form}
        onConfirm={onConfirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/**
 * "Sign out all devices" for another account, with a confirmation naming the lost-phone case: the
 * phone app wipes its data when its next sync is refused. For an admin on the accounts page and an
 * officer on a person's helpers (the API lets an officer reach only the helpers of their units).
 */
export function EndSessionsButton(props: EndSessionsButtonProps) {
  return (
    <AdminTexts fallback={null}>
      <EndSessions {...props} />
    </AdminTexts>
  );
}
