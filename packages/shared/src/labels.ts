/** UI languages. Vietnamese is the default everywhere. */
export type Lang = 'vi' | 'en';
export const DEFAULT_LANG: Lang = 'vi';

/** A label in both UI languages. */
export interface Label {
  vi: string;
  en: string;
}

/** The label of an enum value in one language. */
export function labelOf<T extends string>(labels: Record<T, Label>, value: T, lang: Lang = DEFAULT_LANG): string {
  return labels[value][lang];
}
