import type { LoadKind, Locale } from '../protocol/types.js';
import { type DoseParts, type DoseWording, EFFORT_WORDS, formatDecimal } from './dose-words.js';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

interface PrintWords {
  holds: (sets: number, seconds: string) => string;
  sets: (sets: number, reps: number) => string;
  holding: (seconds: string) => string;
  load: (loadKind: LoadKind, kg: string) => string | null;
  timesPerDay: (times: number) => string | null;
}

const WORDS: Readonly<Record<Locale, PrintWords>> = {
  en: {
    holds: (sets, seconds) => `${plural(sets, 'hold', 'holds')} of ${seconds} seconds`,
    sets: (sets, reps) => `${plural(sets, 'set', 'sets')} of ${plural(reps, 'repetition', 'repetitions')}`,
    holding: (seconds) => `, holding ${seconds} s`,
    load: (loadKind, kg) => {
      switch (loadKind) {
        case 'bodyweight':
          return null;
        case 'ankle-weight':
          return `with a ${kg} ankle weight`;
        case 'resistance-band':
          return 'with a resistance band';
        case 'barbell':
          return `with a ${kg} bar`;
      }
    },
    timesPerDay: (times) => (times === 2 ? 'twice a day' : times > 2 ? `${times} times a day` : null),
  },
  es: {
    holds: (sets, seconds) => `${plural(sets, 'repetición', 'repeticiones')} manteniendo ${seconds} segundos`,
    sets: (sets, reps) =>
      `${plural(sets, 'serie', 'series')} de ${plural(reps, 'repetición', 'repeticiones')}`,
    holding: (seconds) => `, manteniendo ${seconds} s`,
    load: (loadKind, kg) => {
      switch (loadKind) {
        case 'bodyweight':
          return null;
        case 'ankle-weight':
          return `con tobillera lastrada de ${kg}`;
        case 'resistance-band':
          return 'con banda elástica';
        case 'barbell':
          return `con barra de ${kg}`;
      }
    },
    timesPerDay: (times) => (times === 2 ? 'dos veces al día' : times > 2 ? `${times} veces al día` : null),
  },
};

/** "3 holds of 10 seconds" for a pure hold, else "2 sets of 10 repetitions", with any hold per repetition. */
function countWords(dose: DoseParts, locale: Locale): string {
  const words = WORDS[locale];
  const seconds = dose.holdSeconds === null ? null : formatDecimal(dose.holdSeconds, locale);
  if (seconds !== null && dose.reps === null) return words.holds(dose.sets, seconds);
  return `${words.sets(dose.sets, dose.reps ?? 0)}${seconds === null ? '' : words.holding(seconds)}`;
}

/**
 * Handouts, calendars and FHIR, where no app explains "3 x 10 s": the dose written out in full,
 * e.g. "3 holds of 10 seconds, light effort, twice a day".
 */
export const PRINT_WORDING: DoseWording = {
  name: 'print',
  write: (dose, locale) =>
    [
      countWords(dose, locale),
      WORDS[locale].load(dose.loadKind, `${formatDecimal(dose.loadKg, locale)} kg`),
      dose.effort ? EFFORT_WORDS[locale][dose.effort] : null,
      WORDS[locale].timesPerDay(dose.timesPerDay),
    ]
      .filter((part) => part !== null)
      .join(', '),
};
