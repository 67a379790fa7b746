import { LazyTexts, lazyTranslationPart, type TextsProps } from './lazy-namespace';

/**
 * Texts of the task list and the tasks screen (features/tasks): part of the default namespace, so components keep plain keys, fetched with the first
 * screen that shows them rather than with the first load.
 */
export const loadTasksTexts = lazyTranslationPart({
  vi: () => import('../locales/tasks/vi.json'),
  en: () => import('../locales/tasks/en.json'),
});

/** Renders `children` once these texts are loaded in the current language. */
export function TasksTexts({ children, fallback }: TextsProps) {
  return (
    <LazyTexts load={loadTasksTexts} fallback={fallback}>
      {children}
    </LazyTexts>
  );
}
