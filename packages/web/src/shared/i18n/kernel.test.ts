import { describe, expect, it } from 'vitest';
import { fillMessage, initialLocale, saveLocale } from './kernel.js';

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

describe('fillMessage', () => {
  it.each<{ template: string; values: Record<string, string | number>; expected: string }>([
    { template: '{count} waiting', values: { count: 2 }, expected: '2 waiting' },
    { template: '{a} and {b}', values: { a: 'x', b: 'y' }, expected: 'x and y' },
    { template: 'for {name}', values: {}, expected: 'for {name}' },
  ])('$template with $values gives $expected', ({ template, values, expected }) => {
    expect(fillMessage(template, values)).toBe(expected);
  });
});
