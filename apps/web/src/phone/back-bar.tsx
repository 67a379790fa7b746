import { Link } from 'react-router';
import s from './phone.module.css';
import { useTexts } from './use-texts';

/** The bar at the top of every screen but the home: "← Quay lại" to `to` (the home by default). */
export function BackBar({ to = '/' }: { to?: string }) {
  const { t } = useTexts();
  return (
    <header className={s.bar}>
      <Link to={to} className={s.ghost}>
        ← {t('person.back')}
      </Link>
    </header>
  );
}
