import type { PhaseNumber } from '../../phase-number.js';
import type { DoseStep, Effort, Frequency, Text } from '../../types.js';

/** How often a rung is done and from which phase it may be reached; light stages run daily from phase 1. */
export interface StageTiming {
  frequency?: Frequency;
  timesPerDay?: number;
  fromPhase?: PhaseNumber;
  /** An offset or single-leg stage: done on each leg in turn when both sides are treated. */
  oneLeg?: boolean;
}

const DAILY: Required<Omit<StageTiming, 'oneLeg'>> = { frequency: 'daily', timesPerDay: 1, fromPhase: 1 };

/** A ladder rung for a timed hold. */
export function holdStep(
  sets: number,
  holdSeconds: number,
  effort: Effort | null = null,
  timing: StageTiming = {},
  variant: Text | null = null,
): DoseStep {
  return { sets, reps: null, holdSeconds, effort, variant, ...DAILY, ...timing };
}

/** A ladder rung counted in repetitions (steps each way for side-steps). */
export function repStep(
  sets: number,
  reps: number,
  variant: Text | null = null,
  timing: StageTiming = {},
): DoseStep {
  return { sets, reps, holdSeconds: null, effort: null, variant, ...DAILY, ...timing };
}

/**
 * The pain guide of CLINICAL.md section 2 (our rule, adapted from the pain-monitoring model of
 * Silbernagel et al. 2007), repeated on every exercise so the patient meets the same words wherever a
 * pain number is asked.
 */
export const PAIN_TRAFFIC_LIGHT_CUE: Text = {
  en: 'Pain guide: 0-2 green, fine. 3-5 amber, acceptable if it settles by next morning. 6-10 red, stop this exercise today.',
  es: 'Guía del dolor: 0-2 verde, bien. 3-5 ámbar, aceptable si se calma a la mañana siguiente. 6-10 rojo, deje este ejercicio por hoy.',
};

/** After a fresh strain a stretch is felt, never pushed into pain (CLINICAL 2). */
export const STRETCH_FEELING_CUE: Text = {
  en: 'Go only as far as a stretch feeling, not pain (0-2 on the pain guide).',
  es: 'Llegue solo hasta notar estiramiento, no dolor (0-2 en la guía del dolor).',
};

/** CLINICAL 4c: a patient at higher risk of falling keeps a hand on something steady. */
export const HOLD_A_SUPPORT_CUE: Text = {
  en: 'Hold a support: keep one hand on a counter, a sturdy chair back or a rail throughout.',
  es: 'Sujétese a un apoyo: mantenga una mano en una encimera, el respaldo de una silla firme o una barandilla todo el tiempo.',
};

export const REST_SECONDS_HOLD = 30;
export const REST_SECONDS_RESISTANCE = 60;
