import type { Prescription } from '@minimus/core';
import type { ClinicTranslate } from '../i18n/i18n.js';
import { oneDecimal } from '../ui/format.js';

/**
 * A prescription in a clinician's shorthand, e.g. "3 × 10 reps, 1.5 kg ankle weight, light effort".
 */
export function describePrescription(prescription: Prescription, t: ClinicTranslate, locale: string): string {
  const per = [
    prescription.reps !== null ? t('dose.reps', { reps: prescription.reps }) : null,
    prescription.holdSeconds !== null ? t('dose.hold', { seconds: prescription.holdSeconds }) : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return [
    `${prescription.sets} × ${per}`,
    prescription.loadKg > 0
      ? `${t('dose.load', { kg: oneDecimal(prescription.loadKg, locale) })} ${t(`load.${prescription.loadKind}`)}`
      : null,
    prescription.effort ? t(`effort.${prescription.effort}`) : null,
    prescription.timesPerDay > 1 ? t('dose.timesPerDay', { times: prescription.timesPerDay }) : null,
    prescription.regressedSessionsLeft > 0
      ? t('dose.regressed', { count: prescription.regressedSessionsLeft })
      : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}
