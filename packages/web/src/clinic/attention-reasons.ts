import type { AttentionReason, Locale } from '@minimus/core';
import { translateClinic } from './i18n/i18n.js';
import { formatShortDate } from './ui/format.js';

/**
 * One attention reason of the patient list in the reader's language: the server sends codes with
 * parameters, and alerts with their own message in both languages.
 * @example attentionReasonText({ code: 'no-data', params: { days: 4 } }, 'es') // 'Sin datos desde hace 4 días'
 */
export function attentionReasonText(reason: AttentionReason, locale: Locale): string {
  switch (reason.code) {
    case 'program-suspended':
      return reason.params.since
        ? translateClinic(locale, 'attention.programSuspendedSince', {
            date: formatShortDate(reason.params.since, locale),
          })
        : translateClinic(locale, 'attention.programSuspended');
    case 'awaiting-confirmation':
      return translateClinic(locale, 'attention.awaitingConfirmation');
    case 'alert':
      return reason.params.message[locale];
    case 'awaiting-sign-off':
      return translateClinic(locale, `attention.signOff.${reason.params.gate}`);
    case 'no-data':
      return translateClinic(locale, 'attention.noData', { days: reason.params.days });
    case 'no-data-yet':
      return translateClinic(locale, 'attention.noDataYet');
    case 'low-adherence':
      return translateClinic(locale, 'attention.lowAdherence', { percent: reason.params.percent });
    case 'unread-messages':
      return translateClinic(
        locale,
        reason.params.count === 1 ? 'attention.unreadMessage' : 'attention.unreadMessages',
        { count: reason.params.count },
      );
  }
}
