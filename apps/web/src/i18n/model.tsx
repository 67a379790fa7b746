import { LazyTexts, lazyNamespace, type TextsProps } from './lazy-namespace';

/** Texts of the reintegration model screen: the steering committee, its members and documents (features/model). */
export const MODEL_NS = 'model';

export const loadModelTexts = lazyNamespace(MODEL_NS, {
  vi: () => import('../locales/model/vi.json'),
  en: () => import('../locales/model/en.json'),
});

/** Renders `children` once the `model` texts are loaded in the current language. */
export function ModelTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadModelTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
