import type { Prescription } from '@minimus/core';
import type { Translate } from '../i18n/i18n.js';

/**
 * The dose in words, e.g. "3 × 10 s hold, light effort" or "2 × 10 reps, 1 kg".
 */
export function describeDose(prescription: Prescription, t: Translate): string {
  const { sets, reps, holdSeconds, loadKg, effort, timesPerDay } = prescription;
  const what =
    reps !== null && holdSeconds !== null
      ? t('dose.repsHold', { reps, seconds: holdSeconds })
      : reps !== null
        ? t('dose.reps', { reps })
        : t('dose.hold', { seconds: holdSeconds ?? 0 });
  const parts = [t('dose.sets', { sets, what })];
  if (loadKg > 0) parts.push(t('dose.load', { kg: loadKg }));
  if (effort) parts.push(t(`dose.effort.${effort}`));
  if (timesPerDay > 1) parts.push(t('dose.timesPerDay', { times: timesPerDay }));
  return parts.join(', ');
}
