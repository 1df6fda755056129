import type { Prescription } from '../history/history.js';
import type { DoseStep, ExerciseDefinition, LoadKind, Progression } from '../protocol/types.js';

type Ladder = Extract<Progression, { kind: 'ladder' }>;
type DoubleProgression = Extract<Progression, { kind: 'double-progression' }>;

/** The starting prescription of an exercise: its default dose, on the first rung. */
export function startingPrescription(exercise: ExerciseDefinition): Prescription {
  const dose = exercise.defaultDose;
  const firstStep = exercise.progression.kind === 'ladder' ? exercise.progression.steps[0] : undefined;
  return {
    sets: dose.sets,
    reps: dose.reps,
    holdSeconds: dose.holdSeconds,
    effort: dose.effort,
    loadKg: dose.loadKg,
    loadKind: dose.loadKind,
    timesPerDay: dose.timesPerDay,
    restSecondsBetweenSets: dose.restSecondsBetweenSets,
    step: 0,
    variant: firstStep?.variant ?? null,
    regressedSessionsLeft: 0,
  };
}

function onRung(prescription: Prescription, step: DoseStep, index: number): Prescription {
  return {
    ...prescription,
    sets: step.sets,
    reps: step.reps,
    holdSeconds: step.holdSeconds,
    effort: step.effort,
    variant: step.variant,
    step: index,
  };
}

/** Move `delta` rungs up (or down) the ladder, staying on it. */
export function moveOnLadder(ladder: Ladder, prescription: Prescription, delta: number): Prescription {
  const index = Math.min(ladder.steps.length - 1, Math.max(0, prescription.step + delta));
  const step = ladder.steps[index];
  return step ? onRung(prescription, step, index) : prescription;
}

export function isTopOfLadder(ladder: Ladder, prescription: Prescription): boolean {
  return prescription.step >= ladder.steps.length - 1;
}

/** Double progression: one more rep per set, up to the top of the range. */
export function addRep(rule: DoubleProgression, prescription: Prescription): Prescription {
  return { ...prescription, reps: Math.min(rule.maxReps, (prescription.reps ?? rule.minReps) + 1) };
}

/**
 * The 2-for-2 rule's load step: add load, drop to the bottom of the rep range, and add a set until the
 * maximum (so 2 x 10 grows towards the 3 x 12 of the phase gate) [rule].
 */
export function addLoad(
  exercise: ExerciseDefinition,
  rule: DoubleProgression,
  prescription: Prescription,
): Prescription {
  return {
    ...prescription,
    loadKg: roundKg(prescription.loadKg + rule.loadStepKg),
    loadKind: prescription.loadKind === 'bodyweight' ? firstAddedLoad(exercise) : prescription.loadKind,
    reps: rule.minReps,
    sets: Math.min(rule.maxSets, prescription.sets + 1),
  };
}

/** One step back after a setback: a rung down, or for loaded work one load step (else fewer reps). */
export function regressOneStep(exercise: ExerciseDefinition, prescription: Prescription): Prescription {
  const progression = exercise.progression;
  if (progression.kind === 'ladder') return moveOnLadder(progression, prescription, -1);
  if (prescription.loadKg > 0) {
    const loadKg = roundKg(Math.max(0, prescription.loadKg - progression.loadStepKg));
    return { ...prescription, loadKg, loadKind: loadKg === 0 ? 'bodyweight' : prescription.loadKind };
  }
  return {
    ...prescription,
    reps: Math.max(progression.minReps, (prescription.reps ?? progression.minReps) - 2),
  };
}

/** The first load option a patient can use without a therapist switching it on (ankle weight here). */
function firstAddedLoad(exercise: ExerciseDefinition): LoadKind {
  const option = exercise.loadOptions.find(
    (candidate) => candidate.stepKg !== null && !candidate.therapistOnly,
  );
  return option?.kind ?? 'ankle-weight';
}

function roundKg(value: number): number {
  return Math.round(value * 100) / 100;
}
