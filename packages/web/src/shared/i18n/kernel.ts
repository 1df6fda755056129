import { LOCALES, type Locale } from '@minimus/core';

/** Values for a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** One app's messages in every language it speaks. */
export type Catalogue<Key extends string> = Readonly<Record<Locale, Readonly<Record<Key, string>>>>;

const STORAGE_KEY = 'minimus.locale';

/**
 * Fills `{name}` placeholders; a placeholder without a value stays as written, so a missing value shows.
 * @example fillMessage('{count} waiting', { count: 2 }) // '2 waiting'
 */
export function fillMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translation function over one catalogue: `(locale, key, values) => text`. */
export function translatorFor<Key extends string>(catalogue: Catalogue<Key>) {
  return (locale: Locale, key: Key, values?: MessageValues): string =>
    fillMessage(catalogue[locale][key], values);
}

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
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
