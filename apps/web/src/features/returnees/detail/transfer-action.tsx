import { useApolloClient } from '@apollo/client/react';
import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { TransferForm } from '../forms/transfer-form';
import type { ReturneeDetail } from './types';

/**
 * The officer's "Chuyển nơi cư trú" for an open case. After the hand-over the person is outside the
 * officer's scope, so the app forgets the file and goes back to the list, saying what happened.
 */
export function TransferAction({ returnee }: { returnee: ReturneeDetail }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const client = useApolloClient();
  if (returnee.status === 'CLOSED') return null;

  async function transferred() {
    setOpen(false);
    // The list and its counts change too: read them again rather than patch them.
    client.cache.evict({ id: client.cache.identify({ __typename: 'Returnee', id: returnee.id }) });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'returnees' });
    client.cache.gc();
    await navigate('/returnees', { state: { notice: t('transfer.done', { name: returnee.fullName }) } });
  }

  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)} data-testid="transfer-open">
        {t('transfer.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('transfer.title')} size="lg">
        {open && (
          <TransferForm
            returneeId={returnee.id}
            unitId={returnee.unit.id}
            onTransferred={transferred}
            onCancel={() => setOpen(false)}
          />
        )}
      </Modal>
    </>
  );
}
