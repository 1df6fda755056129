import type { Locale } from '@minimus/core';
import { createContext, useContext } from 'react';
import { type Catalogue, type MessageValues, translatorFor } from './kernel.js';

/** The words of the pieces both apps show (notices, the language switch); each app feeds this context. */
const SHARED_MESSAGES = {
  en: {
    'language.label': 'Language',
    'common.loading': 'Loading…',
    'common.error': 'Something went wrong: {message}',
    'common.retry': 'Try again',
    'common.offlineNoData': 'You are offline and this page has not been saved on this phone yet.',
  },
  es: {
    'language.label': 'Idioma',
    'common.loading': 'Cargando…',
    'common.error': 'Algo ha fallado: {message}',
    'common.retry': 'Reintentar',
    'common.offlineNoData': 'No hay conexión y esta página aún no se ha guardado en este teléfono.',
  },
} as const satisfies Catalogue<string>;

export type SharedMessageKey = keyof (typeof SHARED_MESSAGES)['en'];
export const SHARED_MESSAGES_EN: Readonly<Record<SharedMessageKey, string>> = SHARED_MESSAGES.en;
export const SHARED_MESSAGES_ES: Readonly<Record<SharedMessageKey, string>> = SHARED_MESSAGES.es;

export const translateShared = translatorFor<SharedMessageKey>(SHARED_MESSAGES);

export interface SharedI18n {
  locale: Locale;
  t: (key: SharedMessageKey, values?: MessageValues) => string;
  setLocale: (locale: Locale) => void;
}

/** The shared pieces' words in the app's current language. */
export function sharedI18nFor(locale: Locale, setLocale: (locale: Locale) => void): SharedI18n {
  return { locale, setLocale, t: (key, values) => translateShared(locale, key, values) };
}

export const SharedI18nContext = createContext<SharedI18n>(sharedI18nFor('en', () => undefined));

export function useSharedI18n(): SharedI18n {
  return useContext(SharedI18nContext);
}
