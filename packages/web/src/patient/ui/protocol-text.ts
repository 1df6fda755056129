import { type Locale, renderText, type Side, type Text } from '@minimus/core';

/**
 * Protocol text in the reader's language with `{side}` and `{otherSide}` filled in by core's `renderText`,
 * so the app and the printed handout word the side the same way.
 * @example protocolText({ en: 'Lift the {side} leg', es: 'Levanta la pierna {side}' }, 'en', 'right') // 'Lift the right leg'
 */
export function protocolText(text: Text, locale: Locale, side: Side | 'both' = 'both'): string {
  return renderText(text, locale, side);
}
