import type { Locale } from '@minimus/core';
import type { AlertView } from './api.js';

export interface AttentionReason {
  text: string;
  /** The language the text is in: the server writes its own reasons in English only. */
  lang: Locale;
}

/**
 * The list's attention reasons in the reader's language where possible: a reason the server took from
 * an open alert's English message is replaced by that alert's message in `locale`; the others stay as sent.
 * @example attentionReasons(['Morning pain 5 ...'], alerts, 'es') // [{ text: 'Dolor de la mañana 5 ...', lang: 'es' }]
 */
export function attentionReasons(
  reasons: readonly string[],
  openAlerts: readonly AlertView[],
  locale: Locale,
): AttentionReason[] {
  return reasons.map((reason) => {
    const alert = openAlerts.find((candidate) => candidate.message.en === reason);
    return alert ? { text: alert.message[locale], lang: locale } : { text: reason, lang: 'en' };
  });
}
