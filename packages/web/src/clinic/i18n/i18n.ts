import type { Locale } from '@minimus/core';
import { createContext, useContext } from 'react';
import { type Catalogue, type MessageValues, translatorFor } from '../../shared/i18n/kernel.js';
import { CLINIC_MESSAGES_EN, type ClinicMessageKey } from './messages-en.js';
import { CLINIC_MESSAGES_ES } from './messages-es.js';

export type { ClinicMessageKey } from './messages-en.js';

const MESSAGES: Catalogue<ClinicMessageKey> = { en: CLINIC_MESSAGES_EN, es: CLINIC_MESSAGES_ES };

export type ClinicTranslate = (key: ClinicMessageKey, values?: MessageValues) => string;

/**
 * Fills `{name}` placeholders of a clinician message.
 * @example translateClinic('es', 'list.adherence', { percent: 80 }) // '80 % de las sesiones (7 días)'
 */
export const translateClinic = translatorFor(MESSAGES);

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
