import { describe, expect, it } from 'vitest';
import type { Prescription } from '../history/history.js';
import type { Locale } from '../protocol/types.js';
import { CLINIC_WORDING } from './clinic-wording.js';
import { doseInWords, formatDecimal, sideInWords } from './dose-words.js';
import { PRINT_WORDING } from './print-wording.js';
import { APP_WORDING, BRIEF_WORDING } from './shorthand-wordings.js';

function prescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    sets: 2,
    reps: 10,
    holdSeconds: null,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: 60,
    step: 0,
    variant: null,
    regressedSessionsLeft: 0,
    ...overrides,
  };
}

describe('print writes a dose out in full, where no app explains it', () => {
  it.each<[Partial<Prescription>, Locale, string]>([
    [{}, 'en', '2 sets of 10 repetitions'],
    [{}, 'es', '2 series de 10 repeticiones'],
    [{ sets: 1, reps: 1 }, 'en', '1 set of 1 repetition'],
    [{ sets: 3, reps: null, holdSeconds: 10 }, 'en', '3 holds of 10 seconds'],
    [{ sets: 3, reps: null, holdSeconds: 10 }, 'es', '3 repeticiones manteniendo 10 segundos'],
    [
      { sets: 5, reps: null, holdSeconds: 5, effort: 'light', timesPerDay: 2 },
      'en',
      '5 holds of 5 seconds, light effort, twice a day',
    ],
    [{ reps: 8, holdSeconds: 3 }, 'en', '2 sets of 8 repetitions, holding 3 s'],
    [
      { sets: 3, reps: 12, loadKg: 1.5, loadKind: 'ankle-weight' },
      'en',
      '3 sets of 12 repetitions, with a 1.5 kg ankle weight',
    ],
    [
      { sets: 3, reps: 12, loadKg: 1.5, loadKind: 'ankle-weight' },
      'es',
      '3 series de 12 repeticiones, con tobillera lastrada de 1,5 kg',
    ],
    [{ loadKind: 'resistance-band' }, 'es', '2 series de 10 repeticiones, con banda elástica'],
    [
      { loadKg: 20, loadKind: 'barbell', timesPerDay: 3 },
      'en',
      '2 sets of 10 repetitions, with a 20 kg bar, 3 times a day',
    ],
  ])('writes %j in %s as "%s"', (overrides, locale, expected) => {
    expect(doseInWords(prescription(overrides), locale, PRINT_WORDING)).toBe(expected);
  });
});

describe('the patient app writes a dose in shorthand', () => {
  const hold = { sets: 3, reps: null, holdSeconds: 10 } as const;
  it.each([
    { overrides: hold, en: '3 × 10 s hold', es: '3 × 10 s de mantenimiento' },
    { overrides: { reps: 10, holdSeconds: null, sets: 2 }, en: '2 × 10 reps', es: '2 × 10 repeticiones' },
    {
      overrides: { ...hold, reps: 12, holdSeconds: null, loadKg: 1.5, loadKind: 'ankle-weight' as const },
      en: '3 × 12 reps, 1.5 kg',
      es: '3 × 12 repeticiones, 1.5 kg',
    },
    {
      overrides: { ...hold, sets: 5, holdSeconds: 5, effort: 'light' as const, timesPerDay: 2 },
      en: '5 × 5 s hold, light effort, 2 times a day',
      es: '5 × 5 s de mantenimiento, esfuerzo suave, 2 veces al día',
    },
    {
      overrides: { ...hold, reps: 3, holdSeconds: 5 },
      en: '3 × 3 reps, 5 s hold',
      es: '3 × 3 repeticiones, 5 s de mantenimiento',
    },
  ])('says $en', ({ overrides, en, es }) => {
    expect(doseInWords(prescription(overrides), 'en', APP_WORDING)).toBe(en);
    expect(doseInWords(prescription(overrides), 'es', APP_WORDING)).toBe(es);
  });

  it('leaves an easing after a setback to the clinician', () => {
    expect(doseInWords(prescription({ regressedSessionsLeft: 2 }), 'en', APP_WORDING)).toBe('2 × 10 reps');
  });
});

describe('the clinician app adds the kind of load and an easing after a setback', () => {
  it.each<[Partial<Prescription>, Locale, string]>([
    [
      { sets: 3, reps: 10, loadKg: 1.5, loadKind: 'ankle-weight', effort: 'light' },
      'en',
      '3 × 10 reps, 1.5 kg ankle weight, light effort',
    ],
    [
      { sets: 3, reps: 10, loadKg: 1.5, loadKind: 'ankle-weight' },
      'es',
      '3 × 10 repeticiones, 1,5 kg tobillera lastrada',
    ],
    [{ reps: null, holdSeconds: 10, timesPerDay: 2 }, 'en', '2 × 10 s hold, 2 times a day'],
    [{ reps: 8, regressedSessionsLeft: 2 }, 'en', '2 × 8 reps, eased for 2 more sessions after a setback'],
    [
      { reps: 8, regressedSessionsLeft: 2 },
      'es',
      '2 × 8 repeticiones, más suave durante 2 sesiones más tras una recaída',
    ],
  ])('writes %j in %s as "%s"', (overrides, locale, expected) => {
    expect(doseInWords(prescription(overrides), locale, CLINIC_WORDING)).toBe(expected);
  });
});

describe('the engine names a dose briefly in its decisions', () => {
  it.each<[Partial<Prescription>, Locale, string]>([
    [{ sets: 3, reps: null, holdSeconds: 10 }, 'en', '3 x 10 s'],
    [{ sets: 2, reps: 10 }, 'es', '2 x 10'],
    [{ sets: 2, reps: 10, loadKg: 0.5, loadKind: 'ankle-weight' }, 'en', '2 x 10 with 0.5 kg'],
    [{ sets: 2, reps: 10, loadKg: 0.5, loadKind: 'ankle-weight' }, 'es', '2 x 10 con 0.5 kg'],
  ])('writes %j in %s as "%s"', (overrides, locale, expected) => {
    expect(doseInWords(prescription(overrides), locale, BRIEF_WORDING)).toBe(expected);
  });
});

describe('numbers are written as each language writes them', () => {
  it.each<[number, Locale, string]>([
    [1.5, 'en', '1.5'],
    [1.5, 'es', '1,5'],
    [2, 'es', '2'],
    [0.25, 'en', '0.3'],
  ])('writes %d in %s as %s', (value, locale, expected) => {
    expect(formatDecimal(value, locale)).toBe(expected);
  });
});

describe('the side an exercise works is named as a leg', () => {
  it.each([
    ['left', 'en', 'left leg'],
    ['right', 'es', 'pierna derecha'],
    ['both', 'en', 'both sides'],
  ] as const)('%s in %s is %s', (side, locale, expected) => {
    expect(sideInWords(side, locale)).toBe(expected);
  });
});
