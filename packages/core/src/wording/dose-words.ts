import type { Prescription } from '../history/history.js';
import type { Side } from '../program/program.js';
import type { Effort, Locale } from '../protocol/types.js';

/** The parts of a prescription a dose's wording reads. */
export type DoseParts = Pick<
  Prescription,
  'sets' | 'reps' | 'holdSeconds' | 'effort' | 'loadKg' | 'loadKind' | 'timesPerDay' | 'regressedSessionsLeft'
>;

/**
 * How one kind of reader is told a dose. Each wording is its own constant (`BRIEF_WORDING`,
 * `APP_WORDING`, `CLINIC_WORDING`, `PRINT_WORDING`), so an app carries only the words it uses.
 */
export interface DoseWording {
  readonly name: 'brief' | 'app' | 'clinic' | 'print';
  write(dose: DoseParts, locale: Locale): string;
}

/**
 * A dose in words, in one language, for one kind of reader.
 *
 * @example
 * doseInWords(prescription, 'en', APP_WORDING); // '5 × 5 s hold, light effort, 2 times a day'
 * doseInWords(prescription, 'en', PRINT_WORDING); // '5 holds of 5 seconds, light effort, twice a day'
 */
export function doseInWords(dose: DoseParts, locale: Locale, wording: DoseWording): string {
  return wording.write(dose, locale);
}

/** Effort in words, the same for every reader. */
export const EFFORT_WORDS: Readonly<Record<Locale, Readonly<Record<Effort, string>>>> = {
  en: { light: 'light effort', moderate: 'moderate effort', hard: 'hard effort' },
  es: { light: 'esfuerzo suave', moderate: 'esfuerzo moderado', hard: 'esfuerzo intenso' },
};

/**
 * Numbers as each language writes them, to one decimal: Spanish uses a decimal comma.
 *
 * @example
 * formatDecimal(1.5, 'es'); // '1,5'
 */
export function formatDecimal(value: number, locale: Locale): string {
  const rounded = String(Math.round(value * 10) / 10);
  return locale === 'es' ? rounded.replace('.', ',') : rounded;
}

const SIDE_WORDS = {
  en: { left: 'left leg', right: 'right leg', both: 'both sides' },
  es: { left: 'pierna izquierda', right: 'pierna derecha', both: 'ambos lados' },
} as const satisfies Record<Locale, Record<Side | 'both', string>>;

/**
 * The leg an exercise works, in words.
 *
 * @example
 * sideInWords('left', 'es'); // 'pierna izquierda'
 */
export function sideInWords(side: Side | 'both', locale: Locale): string {
  return SIDE_WORDS[locale][side];
}
