import { describe, expect, it } from 'vitest';
import { translate } from './i18n.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';

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
