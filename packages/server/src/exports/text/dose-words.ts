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

const COUNTS = {
  en: {
    holds: (sets: number, seconds: string) => `${plural(sets, 'hold', 'holds')} of ${seconds} seconds`,
    sets: (sets: number, reps: number) =>
      `${plural(sets, 'set', 'sets')} of ${plural(reps, 'repetition', 'repetitions')}`,
    holding: (seconds: string) => `, holding ${seconds} s`,
  },
  es: {
    holds: (sets: number, seconds: string) =>
      `${plural(sets, 'repetición', 'repeticiones')} manteniendo ${seconds} segundos`,
    sets: (sets: number, reps: number) =>
      `${plural(sets, 'serie', 'series')} de ${plural(reps, 'repetición', 'repeticiones')}`,
    holding: (seconds: string) => `, manteniendo ${seconds} s`,
  },
} as const;

/** "3 holds of 10 seconds" for a pure hold, else "2 sets of 10 repetitions", with any hold per repetition. */
function countWords(prescription: Prescription, locale: Locale): string {
  const { sets, reps, holdSeconds } = prescription;
  const words = COUNTS[locale];
  const seconds = holdSeconds === null ? null : formatDecimal(holdSeconds, locale);
  if (seconds !== null && reps === null) return words.holds(sets, seconds);
  return `${words.sets(sets, reps ?? 0)}${seconds === null ? '' : words.holding(seconds)}`;
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
