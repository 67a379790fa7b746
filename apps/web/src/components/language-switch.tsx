import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import type { Lang } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { isLang, LANGUAGES } from '../i18n/language';

/** VI / EN switch; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Lang = isLang(i18n.language) ? i18n.language : 'vi';
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={current}
      onChange={(value) => {
        if (isLang(value)) void changeLanguage(value);
      }}
      data={LANGUAGES.map((lang) => ({
        value: lang,
        label: (
          <>
            <span aria-hidden="true">{lang.toUpperCase()}</span>
            <VisuallyHidden>{t(`language.${lang}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
