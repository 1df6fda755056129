import type { DoseStep, Effort, Text } from '../../types.js';

/** A ladder rung for a timed hold. */
export function holdStep(
  sets: number,
  holdSeconds: number,
  effort: Effort | null = null,
  variant: Text | null = null,
): DoseStep {
  return { sets, reps: null, holdSeconds, effort, variant };
}

/** A ladder rung counted in repetitions (steps each way for side-steps). */
export function repStep(sets: number, reps: number, variant: Text | null = null): DoseStep {
  return { sets, reps, holdSeconds: null, effort: null, variant };
}

/**
 * The pain guide of CLINICAL.md section 2 (Silbernagel et al. 2007), repeated on every exercise so the
 * patient meets the same words wherever a pain number is asked.
 */
export const PAIN_TRAFFIC_LIGHT_CUE: Text = {
  en: 'Pain guide: 0-3 green, fine. 4-5 amber, acceptable if it settles by next morning. 6-10 red, stop this exercise today.',
  es: 'Guía del dolor: 0-3 verde, bien. 4-5 ámbar, aceptable si se calma a la mañana siguiente. 6-10 rojo, deje este ejercicio por hoy.',
};

export const REST_SECONDS_HOLD = 30;
export const REST_SECONDS_RESISTANCE = 60;
