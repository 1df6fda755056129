import type { Locale, Prescription } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { doseInWords, formatDecimal } from './dose-words.js';

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

describe('doseInWords', () => {
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
  ])('writes %j in %s as "%s"', (overrides, locale, expected) => {
    expect(doseInWords(prescription(overrides), locale)).toBe(expected);
  });
});

describe('formatDecimal', () => {
  it.each<[number, Locale, string]>([
    [1.5, 'en', '1.5'],
    [1.5, 'es', '1,5'],
    [2, 'es', '2'],
    [0.25, 'en', '0.3'],
  ])('writes %d in %s as %s', (value, locale, expected) => {
    expect(formatDecimal(value, locale)).toBe(expected);
  });
});
