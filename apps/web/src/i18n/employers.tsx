import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the partner employers screens (list, detail, job offers, placements). */
export const EMPLOYERS_NS = 'employers';

export const loadEmployersTexts = lazyNamespace(EMPLOYERS_NS, {
  vi: () => import('../locales/employers/vi.json'),
  en: () => import('../locales/employers/en.json'),
});

/** Renders `children` once the `employers` texts are loaded in the current language. */
export function EmployersTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadEmployersTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
