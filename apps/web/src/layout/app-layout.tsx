import { Anchor, AppShell, Box, Burger, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ColorSchemeToggle } from '../components/color-scheme-toggle';
import { LanguageSwitch } from '../components/language-switch';
import { PageSuspense } from '../components/page-loader';
import { useCurrentUser } from '../features/auth/current-user';
import { NotificationBell } from '../features/notifications/notification-bell';
import { PaletteTrigger } from '../features/palette/palette-trigger';
import { UnitSwitcher } from '../features/units/unit-switcher';
import classes from './app-layout.module.css';
import { LogoutButton } from './logout-button';
import { navItems } from './nav-items';
import { UserMenu } from './user-menu';

const MAIN_ID = 'main-content';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const [navOpened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <Anchor href={`#${MAIN_ID}`} className={classes.skipLink}>
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.openMenu')}
              aria-expanded={navOpened}
            />
            <Text component={Link} to="/dashboard" fw={800} size="xl" c="blue" className={classes.brand}>
              {t('app.name')}
            </Text>
            <PaletteTrigger />
          </Group>
          <Box hiddenFrom="sm">
            <NotificationBell />
          </Box>
          <Group gap="sm" wrap="nowrap" visibleFrom="sm">
            <Box visibleFrom="md">
              <UnitSwitcher />
            </Box>
            <Box visibleFrom="md" maw={420}>
              <UserMenu user={user} />
            </Box>
            <NotificationBell />
            <LanguageSwitch />
            <ColorSchemeToggle />
            <LogoutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')} className={classes.navbar}>
        <Stack gap="md">
          {/* Narrow screens have no room in the header: the user and the controls live here instead. */}
          <Stack gap="sm" hiddenFrom="sm" pb="sm" className={classes.navbarAccount}>
            <UserMenu user={user} onNavigate={close} />
            <UnitSwitcher />
            <Group gap="xs">
              <LanguageSwitch />
              <ColorSchemeToggle />
              <LogoutButton />
            </Group>
          </Stack>
          {navItems(user.role).map((item) => {
            const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <PageSuspense>
          <Outlet />
        </PageSuspense>
      </AppShell.Main>
    </AppShell>
  );
}
