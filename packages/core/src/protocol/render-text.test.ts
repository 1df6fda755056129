import { describe, expect, it } from 'vitest';
import { EXERCISES } from './content/exercises/index.js';
import { renderText, type SideChoice, sideWord } from './render-text.js';
import { LOCALES, type Locale } from './types.js';

const LIE_ON_OTHER_SIDE = { en: 'Lie on your {otherSide} side', es: 'Túmbese sobre el lado {otherSide}' };
const BOTH_PLACEHOLDERS = {
  en: 'Lift the {side} leg, not the {otherSide} one; {side} again',
  es: 'Lado {side}, no {otherSide}',
};

describe('renderText', () => {
  const cases: { locale: Locale; side: SideChoice; text: typeof LIE_ON_OTHER_SIDE; expected: string }[] = [
    { locale: 'en', side: 'right', text: LIE_ON_OTHER_SIDE, expected: 'Lie on your left side' },
    { locale: 'en', side: 'left', text: LIE_ON_OTHER_SIDE, expected: 'Lie on your right side' },
    { locale: 'es', side: 'right', text: LIE_ON_OTHER_SIDE, expected: 'Túmbese sobre el lado izquierdo' },
    { locale: 'es', side: 'left', text: LIE_ON_OTHER_SIDE, expected: 'Túmbese sobre el lado derecho' },
    {
      locale: 'en',
      side: 'left',
      text: BOTH_PLACEHOLDERS,
      expected: 'Lift the left leg, not the right one; left again',
    },
    { locale: 'es', side: 'right', text: BOTH_PLACEHOLDERS, expected: 'Lado derecho, no izquierdo' },
    {
      locale: 'en',
      side: 'both',
      text: { en: 'Work the {side} hips', es: '-' },
      expected: 'Work the left and right hips',
    },
    { locale: 'es', side: 'left', text: { en: '-', es: 'Sin marcadores' }, expected: 'Sin marcadores' },
  ];

  it.each(cases)('renders $locale for the $side side as "$expected"', ({ locale, side, text, expected }) => {
    expect(renderText(text, locale, side)).toBe(expected);
  });

  it('leaves no placeholder in any exercise text, in any language, for either side', () => {
    for (const exercise of EXERCISES) {
      const texts = [
        exercise.name,
        exercise.purpose,
        exercise.startPosition,
        ...exercise.steps,
        ...exercise.cues,
      ];
      for (const text of texts) {
        for (const locale of LOCALES) {
          for (const side of ['left', 'right'] as const) {
            expect(renderText(text, locale, side)).not.toMatch(/[{}]/);
          }
        }
      }
    }
  });
});

describe('sideWord', () => {
  it.each([
    { side: 'left', locale: 'en', expected: 'left' },
    { side: 'right', locale: 'en', expected: 'right' },
    { side: 'left', locale: 'es', expected: 'izquierdo' },
    { side: 'right', locale: 'es', expected: 'derecho' },
    { side: 'both', locale: 'es', expected: 'izquierdo y derecho' },
  ] as const)('calls $side "$expected" in $locale', ({ side, locale, expected }) => {
    expect(sideWord(side, locale)).toBe(expected);
  });
});
