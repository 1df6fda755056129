import { LOCALES, type Locale } from '@minimus/core';
import { useSharedI18n } from '../i18n/shared-i18n.js';

const NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' };

export function LanguageSwitch() {
  const { locale, setLocale, t } = useSharedI18n();
  return (
    <label class="language">
      <span class="visually-hidden">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const next = LOCALES.find((candidate) => candidate === value);
          if (next) setLocale(next);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
