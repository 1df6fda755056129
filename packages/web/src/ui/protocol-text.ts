import type { Locale, Side, Text } from '@minimus/core';
import { translate } from '../i18n/i18n.js';

/**
 * Protocol text in the reader's language with `{side}` and `{otherSide}` filled in.
 * @example protocolText({ en: 'Lift the {side} leg', es: 'Levanta la pierna {side}' }, 'en', 'right') // 'Lift the right leg'
 */
export function protocolText(text: Text, locale: Locale, side: Side | 'both' = 'both'): string {
  const sideWord = side === 'both' ? translate(locale, 'side.both') : translate(locale, `side.${side}`);
  const other = side === 'both' ? sideWord : translate(locale, side === 'left' ? 'side.right' : 'side.left');
  return text[locale].replaceAll('{side}', sideWord).replaceAll('{otherSide}', other);
}
