import { can, Permission } from '@hoanhap/shared';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORTS_NS, ImportsTexts } from '../../i18n/imports';
import { useCurrentUser } from '../auth/current-user';

function ButtonLink() {
  const { t } = useTranslation(IMPORTS_NS);
  return (
    <Button component={Link} to="/imports" variant="default" data-testid="open-import">
      {t('open')}
    </Button>
  );
}

/** "Nhập từ Excel" on the people list's header, for the roles that may import; its text arrives with the import texts. */
export function ImportButton() {
  const me = useCurrentUser();
  if (!can(me.role, Permission.IMPORT_PEOPLE)) return null;
  return (
    <ImportsTexts fallback={null}>
      <ButtonLink />
    </ImportsTexts>
  );
}
