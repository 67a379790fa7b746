import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../gql/graphql';

export function LogoutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);

  async function onLogout() {
    try {
      await logout();
    } catch {
      // The session may already be gone server-side; signing out locally is still what the user wants.
    }
    // Nothing of the previous user may stay in memory for whoever uses this browser next.
    await client.clearStore();
    navigate('/login', { replace: true });
  }

  return (
    <Button variant="default" size="sm" onClick={onLogout} loading={loading}>
      {loading ? t('user.loggingOut') : t('user.logout')}
    </Button>
  );
}
