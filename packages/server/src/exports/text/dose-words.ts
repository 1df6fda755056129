import type { Effort, LoadKind, Locale, PlannedExercise, Prescription } from '@minimus/core';

type Words = Readonly<Record<Locale, string>>;

const EFFORT: Readonly<Record<Effort, Words>> = {
  light: { en: 'light effort', es: 'esfuerzo suave' },
  moderate: { en: 'moderate effort', es: 'esfuerzo moderado' },
  hard: { en: 'hard effort', es: 'esfuerzo intenso' },
};

const SIDE: Readonly<Record<PlannedExercise['side'], Words>> = {
  left: { en: 'left leg', es: 'pierna izquierda' },
  right: { en: 'right leg', es: 'pierna derecha' },
  both: { en: 'both sides', es: 'ambos lados' },
};

/** Numbers as each language writes them: Spanish uses a decimal comma. */
export function formatDecimal(value: number, locale: Locale): string {
  const rounded = String(Math.round(value * 10) / 10);
  return locale === 'es' ? rounded.replace('.', ',') : rounded;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function countWords(prescription: Prescription, locale: Locale): string {
  const { sets, reps, holdSeconds } = prescription;
  if (holdSeconds !== null && reps === null) {
    const seconds = formatDecimal(holdSeconds, locale);
    return locale === 'es'
      ? `${plural(sets, 'repetición', 'repeticiones')} manteniendo ${seconds} segundos`
      : `${plural(sets, 'hold', 'holds')} of ${seconds} seconds`;
  }
  const repetitions =
    locale === 'es'
      ? plural(reps ?? 0, 'repetición', 'repeticiones')
      : plural(reps ?? 0, 'repetition', 'repetitions');
  const perSet = locale === 'es' ? `${plural(sets, 'serie', 'series')} de ${repetitions}` : '';
  const english = `${plural(sets, 'set', 'sets')} of ${repetitions}`;
  const hold =
    holdSeconds === null
      ? ''
      : locale === 'es'
        ? `, manteniendo ${formatDecimal(holdSeconds, locale)} s`
        : `, holding ${formatDecimal(holdSeconds, locale)} s`;
  return `${locale === 'es' ? perSet : english}${hold}`;
}

function loadWords(loadKg: number, loadKind: LoadKind, locale: Locale): string | null {
  const kg = `${formatDecimal(loadKg, locale)} kg`;
  switch (loadKind) {
    case 'bodyweight':
      return null;
    case 'ankle-weight':
      return locale === 'es' ? `con tobillera lastrada de ${kg}` : `with a ${kg} ankle weight`;
    case 'resistance-band':
      return locale === 'es' ? 'con banda elástica' : 'with a resistance band';
    case 'barbell':
      return locale === 'es' ? `con barra de ${kg}` : `with a ${kg} bar`;
  }
}

/**
 * A dose written out for print and calendars, where there is no app to explain "3 x 10 s":
 * e.g. "3 holds of 10 seconds, light effort, twice a day".
 */
export function doseInWords(prescription: Prescription, locale: Locale): string {
  const parts = [countWords(prescription, locale)];
  const load = loadWords(prescription.loadKg, prescription.loadKind, locale);
  if (load) parts.push(load);
  if (prescription.effort) parts.push(EFFORT[prescription.effort][locale]);
  if (prescription.timesPerDay === 2) parts.push(locale === 'es' ? 'dos veces al día' : 'twice a day');
  if (prescription.timesPerDay > 2) {
    parts.push(
      locale === 'es'
        ? `${prescription.timesPerDay} veces al día`
        : `${prescription.timesPerDay} times a day`,
    );
  }
  return parts.join(', ');
}

/** The leg an exercise works, in words. */
export function sideInWords(side: PlannedExercise['side'], locale: Locale): string {
  return SIDE[side][locale];
}
