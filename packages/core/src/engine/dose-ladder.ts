import type { Prescription } from '../history/history.js';
import type {
  DoseStep,
  ExerciseDefinition,
  Frequency,
  LoadKind,
  PhaseNumber,
  Progression,
} from '../protocol/types.js';

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
    timesPerDay: step.timesPerDay,
    variant: step.variant,
    step: index,
  };
}

/** The highest rung that may be prescribed in `phase`: a later phase's stage waits for that phase. */
export function topRungIn(ladder: Ladder, phase: PhaseNumber): number {
  let top = 0;
  for (const [index, step] of ladder.steps.entries()) if (step.fromPhase <= phase) top = index;
  return top;
}

/** Move `delta` rungs up (or down) the ladder, staying on it and within the rungs of `phase`. */
export function moveOnLadder(
  ladder: Ladder,
  prescription: Prescription,
  delta: number,
  phase: PhaseNumber = 3,
): Prescription {
  const index = Math.min(topRungIn(ladder, phase), Math.max(0, prescription.step + delta));
  const step = ladder.steps[index];
  return step ? onRung(prescription, step, index) : prescription;
}

export function isTopOfLadder(ladder: Ladder, prescription: Prescription, phase: PhaseNumber = 3): boolean {
  return prescription.step >= topRungIn(ladder, phase);
}

/**
 * How often the prescribed stage is done (CLINICAL 3): the rung's own frequency on a ladder, the
 * exercise's otherwise; a therapist may set any stage to daily.
 */
export function stageFrequency(
  exercise: ExerciseDefinition,
  prescription: Pick<Prescription, 'step'>,
  therapistDaily = false,
): Frequency {
  if (therapistDaily) return 'daily';
  const progression = exercise.progression;
  if (progression.kind !== 'ladder') return exercise.frequency;
  return progression.steps[prescription.step]?.frequency ?? exercise.frequency;
}

/** Double progression: one more rep per set, up to the top of the range. */
export function addRep(rule: DoubleProgression, prescription: Prescription): Prescription {
  return { ...prescription, reps: Math.min(rule.maxReps, (prescription.reps ?? rule.minReps) + 1) };
}

/** Whether the next 2-for-2 step is an extra set rather than load: light loads, sets still to add [rule]. */
export function extraSetFirst(rule: DoubleProgression, prescription: Prescription): boolean {
  return prescription.loadKg < rule.intermediateStepsBelowKg && prescription.sets < rule.maxSets;
}

/**
 * The 2-for-2 rule's step (CLINICAL 5): the smallest available step, then back to the bottom of the rep
 * range. Under `intermediateStepsBelowKg` that is an extra set while sets remain; otherwise the
 * smallest load step. A set is added only in a session that added no load.
 */
export function addLoad(
  exercise: ExerciseDefinition,
  rule: DoubleProgression,
  prescription: Prescription,
): Prescription {
  if (extraSetFirst(rule, prescription))
    return { ...prescription, reps: rule.minReps, sets: prescription.sets + 1 };
  return {
    ...prescription,
    loadKg: roundKg(prescription.loadKg + rule.loadStepKg),
    loadKind: prescription.loadKind === 'bodyweight' ? firstAddedLoad(exercise) : prescription.loadKind,
    reps: rule.minReps,
  };
}

/** One step back after a setback: a rung down, or for loaded work one load step (else fewer reps). */
export function regressOneStep(exercise: ExerciseDefinition, prescription: Prescription): Prescription {
  const progression = exercise.progression;
  if (progression.kind === 'ladder') return moveOnLadder(progression, prescription, -1, 3);
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
