import type { Prescription } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n.js';
import { describeDose } from './dose.js';

function buildPrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    sets: 3,
    reps: null,
    holdSeconds: 10,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: 30,
    step: 0,
    variant: null,
    regressedSessionsLeft: 0,
    ...overrides,
  };
}

describe('describeDose', () => {
  it.each([
    { overrides: {}, en: '3 × 10 s hold', es: '3 × 10 s de mantenimiento' },
    { overrides: { reps: 10, holdSeconds: null, sets: 2 }, en: '2 × 10 reps', es: '2 × 10 repeticiones' },
    {
      overrides: { reps: 12, holdSeconds: null, loadKg: 1.5, loadKind: 'ankle-weight' as const },
      en: '3 × 12 reps, 1.5 kg',
      es: '3 × 12 repeticiones, 1.5 kg',
    },
    {
      overrides: { sets: 5, holdSeconds: 5, effort: 'light' as const, timesPerDay: 2 },
      en: '5 × 5 s hold, light effort, 2 times a day',
      es: '5 × 5 s de mantenimiento, esfuerzo suave, 2 veces al día',
    },
    {
      overrides: { reps: 3, holdSeconds: 5 },
      en: '3 × 3 reps, 5 s hold',
      es: '3 × 3 repeticiones, 5 s de mantenimiento',
    },
  ])('says $en', ({ overrides, en, es }) => {
    const prescription = buildPrescription(overrides);
    expect(describeDose(prescription, (key, values) => translate('en', key, values))).toBe(en);
    expect(describeDose(prescription, (key, values) => translate('es', key, values))).toBe(es);
  });
});
