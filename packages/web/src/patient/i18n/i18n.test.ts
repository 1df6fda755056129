import { sideInWords } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { translate } from './i18n.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('en', 'sync.pending', { count: 2 })).toBe('2 waiting to send');
    expect(translate('es', 'sync.pending', { count: 2 })).toBe('2 por enviar');
  });

  it.each([
    { locale: 'en', side: 'left', said: 'Now the left leg' },
    { locale: 'en', side: 'right', said: 'Now the right leg' },
    { locale: 'es', side: 'left', said: 'Ahora la pierna izquierda' },
    { locale: 'es', side: 'right', said: 'Ahora la pierna derecha' },
  ] as const)('says which leg is next on a both-sides program: $said', ({ locale, side, said }) => {
    expect(translate(locale, 'player.nowLeg', { leg: sideInWords(side, locale) })).toBe(said);
  });

  it('has every Spanish message use the same placeholders as the English one', () => {
    for (const [key, english] of Object.entries(MESSAGES_EN)) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(MESSAGES_ES[key as keyof typeof MESSAGES_EN]), key).toEqual(placeholders(english));
    }
  });
});

describe('Spanish speaks to the patient as usted, in one register', () => {
  // Words only the informal register (tú) uses: its pronouns, its second-person forms and its
  // imperatives with a pronoun attached. (A bare imperative such as "vuelve" also reads as "it returns".)
  const informal =
    /\b(tu|tus|te|ti|contigo|puedes|tienes|eres|estás|haz|pon|ten|mantén|\p{L}+(ate|ete|ite)|toleraste|tengas|compartas|quieras)\b/iu;
  it.each(Object.entries(MESSAGES_ES))('%s', (_key, text) => {
    expect(text.replace(/\{\w+\}/g, '')).not.toMatch(informal);
  });
});
