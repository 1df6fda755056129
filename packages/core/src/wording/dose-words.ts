import type { Side } from '../program/program.js';
import type { Locale } from '../protocol/types.js';
import { DOSE_VOCABULARY, type DoseParts } from './dose-vocabulary.js';

/**
 * Who reads the dose: `brief` the engine's decisions ("3 x 10 s"), `app` the patient app
 * ("3 × 10 s hold, light effort"), `clinic` the clinician app (also the kind of load and an easing
 * after a setback), `print` handouts, calendars and FHIR, written out in full ("3 holds of 10 seconds").
 */
export type DoseWording = 'brief' | 'app' | 'clinic' | 'print';

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

function briefWords(dose: DoseParts, locale: Locale): string {
  const count = dose.holdSeconds
    ? `${dose.sets} x ${dose.holdSeconds} s`
    : `${dose.sets} x ${dose.reps ?? 0}`;
  return dose.loadKg > 0 ? DOSE_VOCABULARY[locale].briefLoad(count, dose.loadKg) : count;
}

/** "3 × 10 s hold" or "3 × 10 reps, 5 s hold": sets times what each set holds. */
function shorthandCount(dose: DoseParts, locale: Locale): string {
  const words = DOSE_VOCABULARY[locale];
  const per = [
    dose.reps !== null ? words.reps(dose.reps) : null,
    dose.holdSeconds !== null || dose.reps === null ? words.hold(dose.holdSeconds ?? 0) : null,
  ].filter((part) => part !== null);
  return `${dose.sets} × ${per.join(', ')}`;
}

function shorthandWords(dose: DoseParts, locale: Locale, wording: 'app' | 'clinic'): string {
  const words = DOSE_VOCABULARY[locale];
  const load =
    wording === 'app'
      ? `${dose.loadKg} kg`
      : `${formatDecimal(dose.loadKg, locale)} kg ${words.loadKind[dose.loadKind]}`;
  return [
    shorthandCount(dose, locale),
    dose.loadKg > 0 ? load : null,
    dose.effort ? words.effort[dose.effort] : null,
    dose.timesPerDay > 1 ? words.timesPerDay(dose.timesPerDay) : null,
    wording === 'clinic' && dose.regressedSessionsLeft > 0
      ? words.regressed(dose.regressedSessionsLeft)
      : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

function printWords(dose: DoseParts, locale: Locale): string {
  const words = DOSE_VOCABULARY[locale];
  const seconds = dose.holdSeconds === null ? null : formatDecimal(dose.holdSeconds, locale);
  const count =
    seconds !== null && dose.reps === null
      ? words.printHolds(dose.sets, seconds)
      : `${words.printSets(dose.sets, dose.reps ?? 0)}${seconds === null ? '' : words.printHolding(seconds)}`;
  return [
    count,
    words.printLoad(dose.loadKind, `${formatDecimal(dose.loadKg, locale)} kg`),
    dose.effort ? words.effort[dose.effort] : null,
    words.printTimesPerDay(dose.timesPerDay),
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/**
 * A dose in words, in one language, for one kind of reader.
 *
 * @example
 * doseInWords(prescription, 'en', 'app'); // '5 × 5 s hold, light effort, 2 times a day'
 * doseInWords(prescription, 'en', 'print'); // '5 holds of 5 seconds, light effort, twice a day'
 */
export function doseInWords(dose: DoseParts, locale: Locale, wording: DoseWording): string {
  switch (wording) {
    case 'brief':
      return briefWords(dose, locale);
    case 'app':
    case 'clinic':
      return shorthandWords(dose, locale, wording);
    case 'print':
      return printWords(dose, locale);
  }
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
