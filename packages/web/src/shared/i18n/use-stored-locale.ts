import type { Locale } from '@minimus/core';
import { useCallback, useEffect, useState } from 'react';
import { initialLocale, saveLocale } from './kernel.js';

/** The language the person chose (kept on this device), reflected in the page's `lang`. */
export function useStoredLocale(): [Locale, (locale: Locale) => void] {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(localStorage, navigator.languages));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    saveLocale(localStorage, next);
    setLocaleState(next);
  }, []);
  return [locale, setLocale];
}
