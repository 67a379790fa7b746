import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './page-loader.module.css';

/**
 * Shown while a page's chunk loads. Plain markup rather than Mantine components: it is part of the
 * first download, which has a size budget.
 */
export function PageLoader({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={classes.root} data-full-page={fullPage || undefined} role="status">
      <span className={classes.spinner} aria-hidden="true" />
      <span className={classes.srOnly}>{t('app.loading')}</span>
    </div>
  );
}

/** Suspense boundary for lazily loaded pages. */
export function PageSuspense({ children, fullPage = false }: { children: ReactNode; fullPage?: boolean }) {
  return <Suspense fallback={<PageLoader fullPage={fullPage} />}>{children}</Suspense>;
}
