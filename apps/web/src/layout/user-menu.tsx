import { Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canExportAny } from '../features/export/export-request';
import type { CurrentUserFragment } from '../gql/graphql';
import { UserSummary } from './user-summary';

/** The signed-in user; opens "Đổi mật khẩu" (every role) and "Tệp đã xuất" (roles that may export). */
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
        {canExportAny(user.role) && (
          <Menu.Item component={Link} to="/exports" onClick={onNavigate} data-testid="menu-exports">
            {t('user.exports')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
