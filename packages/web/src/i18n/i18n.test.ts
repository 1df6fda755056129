import { describe, expect, it } from 'vitest';
import { initialLocale, saveLocale, translate } from './i18n.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('initialLocale', () => {
  it.each([
    { saved: null, languages: ['es-ES', 'en'], expected: 'es' },
    { saved: null, languages: ['en-US'], expected: 'en' },
    { saved: null, languages: ['fr-FR', 'es-MX'], expected: 'es' },
    { saved: null, languages: ['de'], expected: 'en' },
    { saved: 'en', languages: ['es'], expected: 'en' },
    { saved: 'xx', languages: ['es'], expected: 'es' },
  ])('saved $saved and browser $languages give $expected', ({ saved, languages, expected }) => {
    const storage = memoryStorage(saved ? { 'minimus.locale': saved } : {});
    expect(initialLocale(storage, languages)).toBe(expected);
  });

  it('keeps the choice once saved', () => {
    const storage = memoryStorage();
    saveLocale(storage, 'es');
    expect(initialLocale(storage, ['en'])).toBe('es');
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('en', 'sync.pending', { count: 2 })).toBe('2 waiting to send');
    expect(translate('es', 'sync.pending', { count: 2 })).toBe('2 por enviar');
  });

  it('has every Spanish message use the same placeholders as the English one', () => {
    for (const [key, english] of Object.entries(MESSAGES_EN)) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(MESSAGES_ES[key as keyof typeof MESSAGES_EN]), key).toEqual(placeholders(english));
    }
  });
});
