import type { Prescription } from '../history/history.js';
import type { Effort, LoadKind, Locale } from '../protocol/types.js';

/** The words a dose is written with in one language. */
export interface DoseVocabulary {
  effort: Readonly<Record<Effort, string>>;
  loadKind: Readonly<Record<LoadKind, string>>;
  /** Shorthand, as the apps show it. */
  reps: (reps: number) => string;
  hold: (seconds: number | string) => string;
  timesPerDay: (times: number) => string;
  regressed: (sessions: number) => string;
  /** The engine's own decisions: "2 x 10 with 0.5 kg". */
  briefLoad: (count: string, kg: number) => string;
  /** Written out for print and calendars, where no app explains "3 x 10 s". */
  printHolds: (sets: number, seconds: string) => string;
  printSets: (sets: number, reps: number) => string;
  printHolding: (seconds: string) => string;
  printLoad: (loadKind: LoadKind, kg: string) => string | null;
  printTimesPerDay: (times: number) => string | null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const EN: DoseVocabulary = {
  effort: { light: 'light effort', moderate: 'moderate effort', hard: 'hard effort' },
  loadKind: {
    bodyweight: 'bodyweight',
    'ankle-weight': 'ankle weight',
    'resistance-band': 'resistance band',
    barbell: 'barbell',
  },
  reps: (reps) => `${reps} reps`,
  hold: (seconds) => `${seconds} s hold`,
  timesPerDay: (times) => `${times} times a day`,
  regressed: (sessions) => `eased for ${sessions} more sessions after a setback`,
  briefLoad: (count, kg) => `${count} with ${kg} kg`,
  printHolds: (sets, seconds) => `${plural(sets, 'hold', 'holds')} of ${seconds} seconds`,
  printSets: (sets, reps) => `${plural(sets, 'set', 'sets')} of ${plural(reps, 'repetition', 'repetitions')}`,
  printHolding: (seconds) => `, holding ${seconds} s`,
  printLoad: (loadKind, kg) => {
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
  printTimesPerDay: (times) => (times === 2 ? 'twice a day' : times > 2 ? `${times} times a day` : null),
};

const ES: DoseVocabulary = {
  effort: { light: 'esfuerzo suave', moderate: 'esfuerzo moderado', hard: 'esfuerzo intenso' },
  loadKind: {
    bodyweight: 'peso corporal',
    'ankle-weight': 'tobillera lastrada',
    'resistance-band': 'banda elástica',
    barbell: 'barra',
  },
  reps: (reps) => `${reps} repeticiones`,
  hold: (seconds) => `${seconds} s de mantenimiento`,
  timesPerDay: (times) => `${times} veces al día`,
  regressed: (sessions) => `más suave durante ${sessions} sesiones más tras una recaída`,
  briefLoad: (count, kg) => `${count} con ${kg} kg`,
  printHolds: (sets, seconds) =>
    `${plural(sets, 'repetición', 'repeticiones')} manteniendo ${seconds} segundos`,
  printSets: (sets, reps) =>
    `${plural(sets, 'serie', 'series')} de ${plural(reps, 'repetición', 'repeticiones')}`,
  printHolding: (seconds) => `, manteniendo ${seconds} s`,
  printLoad: (loadKind, kg) => {
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
  printTimesPerDay: (times) =>
    times === 2 ? 'dos veces al día' : times > 2 ? `${times} veces al día` : null,
};

export const DOSE_VOCABULARY: Readonly<Record<Locale, DoseVocabulary>> = { en: EN, es: ES };

/** The parts of a prescription every wording reads. */
export type DoseParts = Pick<
  Prescription,
  'sets' | 'reps' | 'holdSeconds' | 'effort' | 'loadKg' | 'loadKind' | 'timesPerDay' | 'regressedSessionsLeft'
>;
