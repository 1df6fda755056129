import type { ClinicTranslate } from '../i18n/i18n.js';

/**
 * A program change's kind in the reader's words; a kind this app does not know yet is shown as sent.
 * @example changeKindLabel('rest-days', t) // 'rest days'
 */
export function changeKindLabel(kind: string, t: ClinicTranslate): string {
  switch (kind) {
    case 'dose-edit':
    case 'lock':
    case 'diagnosis':
    case 'phase-override':
    case 'sign-off':
    case 'selection':
    case 'rest-days':
    case 'side':
    case 'resistance-weekdays':
    case 'created':
      return t(`change.${kind}`);
    default:
      return kind;
  }
}
