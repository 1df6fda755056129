import type { Locale } from '@minimus/core';
import { createContext, useContext } from 'react';
import { translate as translatePatient } from '../../i18n/i18n.js';
import { CLINIC_MESSAGES_EN, type ClinicMessageKey } from './messages-en.js';
import { CLINIC_MESSAGES_ES } from './messages-es.js';

export type { ClinicMessageKey } from './messages-en.js';

const MESSAGES: Readonly<Record<Locale, Readonly<Record<ClinicMessageKey, string>>>> = {
  en: CLINIC_MESSAGES_EN,
  es: CLINIC_MESSAGES_ES,
};

export type ClinicTranslate = (
  key: ClinicMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/**
 * Fills `{name}` placeholders of a clinician message.
 * @example translateClinic('es', 'list.adherence', { percent: 80 }) // '80 % de las sesiones (7 días)'
 */
export function translateClinic(
  locale: Locale,
  key: ClinicMessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The patient app's shared pieces (notices, language switch) read its own context: feed it the same locale. */
export function patientI18nFor(locale: Locale, setLocale: (locale: Locale) => void) {
  return {
    locale,
    setLocale,
    t: (key: Parameters<typeof translatePatient>[1], values?: Readonly<Record<string, string | number>>) =>
      translatePatient(locale, key, values),
  };
}

export interface ClinicI18n {
  locale: Locale;
  t: ClinicTranslate;
}

export const ClinicI18nContext = createContext<ClinicI18n>({
  locale: 'en',
  t: (key, values) => translateClinic('en', key, values),
});

export function useClinicI18n(): ClinicI18n {
  return useContext(ClinicI18nContext);
}
