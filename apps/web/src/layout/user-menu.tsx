import { Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUserFragment } from '../gql/graphql';
import { UserSummary } from './user-summary';

/** The signed-in user; opens "Đổi mật khẩu" (available to every role). */
export function UserMenu({ user, onNavigate }: { user: CurrentUserFragment; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menu')} data-testid="user-menu">
          <UserSummary user={user} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account/password" onClick={onNavigate}>
          {t('user.changePassword')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
