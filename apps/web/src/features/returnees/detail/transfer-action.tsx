import { useApolloClient } from '@apollo/client/react';
import { Button, Modal } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { TransferForm } from '../forms/transfer-form';
import type { TransferActionFieldsFragment } from '../../../gql/graphql';

/**
 * The officer's "Chuyển nơi cư trú" for an open case. After the hand-over the person is outside the
 * officer's scope, so the app forgets the file and goes back to the list, saying what happened.
 */
export function TransferAction({ returnee }: { returnee: TransferActionFieldsFragment }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const client = useApolloClient();
  const handedOver = useRef(false);
  const { cache } = client;
  const id = returnee.id;
  // Forget the file once the page has gone (earlier, the open file would just read itself again);
  // the list and its counts changed too, so they are read again rather than patched.
  useEffect(
    () => () => {
      if (!handedOver.current) return;
      cache.evict({ id: cache.identify({ __typename: 'Returnee', id }) });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'returnees' });
      cache.gc();
    },
    [cache, id],
  );
  if (returnee.status === 'CLOSED') return null;

  async function transferred() {
    handedOver.current = true;
    setOpen(false);
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
