import type { Locale, Text } from './types.js';

export type SideChoice = 'left' | 'right' | 'both';

/**
 * Spanish words agree with the masculine "lado" (el lado izquierdo), so exercise text writes
 * "el lado {side}" rather than naming a leg or hand, whose feminine words would not agree.
 */
const SIDE_WORDS: Readonly<Record<Locale, Readonly<Record<SideChoice, string>>>> = {
  en: { left: 'left', right: 'right', both: 'left and right' },
  es: { left: 'izquierdo', right: 'derecho', both: 'izquierdo y derecho' },
};

const OTHER_SIDE: Readonly<Record<SideChoice, SideChoice>> = { left: 'right', right: 'left', both: 'both' };

/**
 * The localised word for a side.
 *
 * @example
 * sideWord('right', 'es'); // 'derecho'
 */
export function sideWord(side: SideChoice, locale: Locale): string {
  return SIDE_WORDS[locale][side];
}

/**
 * Text in one language with `{side}` and `{otherSide}` filled in for the patient's side.
 *
 * @example
 * renderText({ en: 'Lie on your {otherSide} side', es: 'Túmbese sobre el lado {otherSide}' }, 'es', 'right');
 * // 'Túmbese sobre el lado izquierdo'
 */
export function renderText(text: Text, locale: Locale, side: SideChoice): string {
  return text[locale]
    .replaceAll('{side}', sideWord(side, locale))
    .replaceAll('{otherSide}', sideWord(OTHER_SIDE[side], locale));
}
