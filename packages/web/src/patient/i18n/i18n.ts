import type { Locale } from '@minimus/core';
import { createContext, useContext } from 'react';
import { type Catalogue, type MessageValues, translatorFor } from '../../shared/i18n/kernel.js';
import {
  SHARED_MESSAGES_EN,
  SHARED_MESSAGES_ES,
  type SharedMessageKey,
} from '../../shared/i18n/shared-i18n.js';
import { MESSAGES_EN, type PatientMessageKey } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';

/** The patient app's words: its own and those of the pieces it shares with the clinic. */
export type MessageKey = PatientMessageKey | SharedMessageKey;

const MESSAGES: Catalogue<MessageKey> = {
  en: { ...SHARED_MESSAGES_EN, ...MESSAGES_EN },
  es: { ...SHARED_MESSAGES_ES, ...MESSAGES_ES },
};

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Fills `{name}` placeholders of a message.
 * @example translate('es', 'sync.pending', { count: 2 }) // '2 por enviar'
 */
export const translate = translatorFor(MESSAGES);

export interface I18n {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n>({
  locale: 'en',
  t: (key, values) => translate('en', key, values),
  setLocale: () => undefined,
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
