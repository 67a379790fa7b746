import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASEWORK_NS, CaseworkTexts } from '../../i18n/casework';

function ButtonLink() {
  const { t } = useTranslation(CASEWORK_NS);
  return (
    <Button component={Link} to="/returnees/new" data-testid="register-returnee">
      {t('register.open')}
    </Button>
  );
}

/** "Thêm người" on the list's header (officers); its text arrives with the casework texts. */
export function RegisterReturneeButton() {
  return (
    <CaseworkTexts fallback={null}>
      <ButtonLink />
    </CaseworkTexts>
  );
}
