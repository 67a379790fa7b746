import { labelOf, ROLE_LABELS } from '@hoanhap/shared';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../gql/graphql';
import { useLang } from '../i18n/use-lang';

/** Who is signed in, in which role and for which unit: every figure on screen is scoped by these. */
export function UserSummary({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap={0} data-testid="user-summary">
      <Text fw={600} size="sm" lineClamp={1}>
        {user.displayName}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {labelOf(ROLE_LABELS, user.role, lang)} · {t('user.unit', { name: user.unit.name })}
      </Text>
    </Stack>
  );
}
