import type { Locale, Side, Text } from '@minimus/core';

const SIDE_WORDS: Readonly<Record<Locale, Readonly<Record<Side, string>>>> = {
  en: { left: 'left', right: 'right' },
  es: { left: 'izquierdo', right: 'derecho' },
};

/** Exercise text with `{side}` and `{otherSide}` filled in for the patient's injured side. */
export function renderExerciseText(text: Text, locale: Locale, side: Side): string {
  const other: Side = side === 'left' ? 'right' : 'left';
  return text[locale]
    .replaceAll('{side}', SIDE_WORDS[locale][side])
    .replaceAll('{otherSide}', SIDE_WORDS[locale][other]);
}
