import type { Locale } from '@minimus/core';
import { createContext, useContext } from 'react';
import { MESSAGES_EN, type MessageKey } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';

export type { MessageKey } from './messages-en.js';

const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en: MESSAGES_EN,
  es: MESSAGES_ES,
};
const STORAGE_KEY = 'minimus.locale';
const SUPPORTED: readonly Locale[] = ['en', 'es'];

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * Fills `{name}` placeholders of a message.
 * @example translate('es', 'sync.pending', { count: 2 }) // '2 por enviar'
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function isLocale(value: string | null): value is Locale {
  return value !== null && (SUPPORTED as readonly string[]).includes(value);
}

/** The saved choice, else the first supported language the browser asks for, else English. */
export function initialLocale(storage: Pick<Storage, 'getItem'>, languages: readonly string[]): Locale {
  const saved = storage.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function saveLocale(storage: Pick<Storage, 'setItem'>, locale: Locale): void {
  storage.setItem(STORAGE_KEY, locale);
}

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
