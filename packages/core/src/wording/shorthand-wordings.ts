import type { Locale } from '../protocol/types.js';
import { type DoseParts, type DoseWording, EFFORT_WORDS } from './dose-words.js';

const SHORTHAND = {
  en: {
    reps: (reps: number) => `${reps} reps`,
    hold: (seconds: number) => `${seconds} s hold`,
    timesPerDay: (times: number) => `${times} times a day`,
  },
  es: {
    reps: (reps: number) => `${reps} repeticiones`,
    hold: (seconds: number) => `${seconds} s de mantenimiento`,
    timesPerDay: (times: number) => `${times} veces al día`,
  },
} as const;

/** "3 × 10 s hold" or "3 × 10 reps, 5 s hold": sets times what each set holds. */
function shorthandCount(dose: DoseParts, locale: Locale): string {
  const words = SHORTHAND[locale];
  const per = [
    dose.reps !== null ? words.reps(dose.reps) : null,
    dose.holdSeconds !== null || dose.reps === null ? words.hold(dose.holdSeconds ?? 0) : null,
  ].filter((part) => part !== null);
  return `${dose.sets} × ${per.join(', ')}`;
}

/** The shorthand's parts, the load written as the wording wants it, and one more part of its own. */
export function shorthand(dose: DoseParts, locale: Locale, load: string, extra: string | null): string {
  return [
    shorthandCount(dose, locale),
    dose.loadKg > 0 ? load : null,
    dose.effort ? EFFORT_WORDS[locale][dose.effort] : null,
    dose.timesPerDay > 1 ? SHORTHAND[locale].timesPerDay(dose.timesPerDay) : null,
    extra,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** The patient app: "5 × 5 s hold, light effort, 2 times a day", the load as a bare number of kg. */
export const APP_WORDING: DoseWording = {
  name: 'app',
  write: (dose, locale) => shorthand(dose, locale, `${dose.loadKg} kg`, null),
};

/** The engine's decisions: "3 x 10 s" or "2 x 10 with 0.5 kg". */
export const BRIEF_WORDING: DoseWording = {
  name: 'brief',
  write: (dose, locale) => {
    const count = dose.holdSeconds
      ? `${dose.sets} x ${dose.holdSeconds} s`
      : `${dose.sets} x ${dose.reps ?? 0}`;
    if (dose.loadKg <= 0) return count;
    return locale === 'es' ? `${count} con ${dose.loadKg} kg` : `${count} with ${dose.loadKg} kg`;
  },
};
