import { moveOnLadder, startingPrescription } from '../engine/dose-ladder.js';
import type { Side } from '../program/program.js';
import type { Protocol } from '../protocol/protocol.js';
import type { ExerciseDefinition, ExerciseId } from '../protocol/types.js';
import type { PerformedSet, Prescription } from './history.js';

/** The heaviest load a logged set may carry, in kg (CLINICAL 3, Bounds). */
export const MAX_LOGGED_LOAD_KG = 20;

/** A logged value that cannot be right, with the field it is in (as a path into the log) and why. */
export interface LogBoundsProblem {
  path: string;
  message: string;
}

/** The largest reps and hold the protocol ever prescribes for an exercise, on any rung or in its range. */
export function largestPrescribed(exercise: ExerciseDefinition): { reps: number; holdSeconds: number } {
  const { defaultDose, progression } = exercise;
  let reps = defaultDose.reps ?? 0;
  let holdSeconds = defaultDose.holdSeconds ?? 0;
  if (progression.kind === 'ladder') {
    for (const step of progression.steps) {
      reps = Math.max(reps, step.reps ?? 0);
      holdSeconds = Math.max(holdSeconds, step.holdSeconds ?? 0);
    }
  } else {
    reps = Math.max(reps, progression.maxReps);
  }
  return { reps, holdSeconds };
}

function setProblem(
  exercise: ExerciseDefinition,
  prescribed: Prescription | undefined,
  set: PerformedSet,
  path: string,
): LogBoundsProblem | null {
  const protocolLargest = largestPrescribed(exercise);
  // A therapist's dose edit may prescribe more than the protocol's ladder: the bound follows it.
  const largest = {
    reps: Math.max(protocolLargest.reps, prescribed?.reps ?? 0),
    holdSeconds: Math.max(protocolLargest.holdSeconds, prescribed?.holdSeconds ?? 0),
  };
  // An exercise that prescribes no reps (or no hold) has no bound to hold that field to.
  if (set.reps !== null && largest.reps > 0 && set.reps > 2 * largest.reps)
    return {
      path: `${path}.reps`,
      message: `${set.reps} reps is not plausible for ${exercise.name.en} (at most ${2 * largest.reps}, twice its largest prescription)`,
    };
  if (set.holdSeconds !== null && largest.holdSeconds > 0 && set.holdSeconds > 2 * largest.holdSeconds)
    return {
      path: `${path}.holdSeconds`,
      message: `a hold of ${set.holdSeconds} s is not plausible for ${exercise.name.en} (at most ${2 * largest.holdSeconds} s, twice its largest prescription)`,
    };
  if (set.loadKg > MAX_LOGGED_LOAD_KG)
    return {
      path: `${path}.loadKg`,
      message: `${set.loadKg} kg is above the ${MAX_LOGGED_LOAD_KG} kg a log may carry`,
    };
  if (set.camera && !exercise.camera)
    return {
      path: `${path}.camera`,
      message: `the camera does not count ${exercise.name.en}: only exercises with a camera rule carry its count`,
    };
  return null;
}

/**
 * The first implausible value of a session log (CLINICAL 3, Bounds): a set beyond twice the exercise's
 * largest prescribed reps or hold (the protocol's, or the day's prescription when a therapist set more),
 * a load above 20 kg, a camera count on an exercise the camera cannot count, an exercise with no sets,
 * or one exercise twice (on the same leg).
 * Null when the log is plausible. Paths match the request body (`exercises.1.sets.0.reps`).
 *
 * @example
 * sessionLogProblem(protocol, [{ exerciseId: 'crossover-dynamic', sets: [{ reps: 500, holdSeconds: null, loadKg: 0 }] }]);
 * // { path: 'exercises.0.sets.0.reps', message: '500 reps is not plausible for ...' }
 */
export function sessionLogProblem(
  protocol: Pick<Protocol, 'exercises'>,
  exercises: readonly {
    exerciseId: ExerciseId;
    side?: Side | 'both' | undefined;
    sets: readonly PerformedSet[];
  }[],
  prescribed: (exerciseId: ExerciseId, side: Side | 'both' | undefined) => Prescription | undefined = () =>
    undefined,
): LogBoundsProblem | null {
  const seen = new Set<string>();
  for (const [index, logged] of exercises.entries()) {
    const path = `exercises.${index}`;
    // Once per session log, or once per leg when each leg of a both-sides program is logged.
    const key = `${logged.exerciseId}:${logged.side ?? ''}`;
    if (seen.has(key))
      return {
        path: `${path}.exerciseId`,
        message: `${logged.exerciseId} appears twice in one session log${logged.side ? ` for the ${logged.side === 'both' ? 'both-leg entry' : `${logged.side} leg`}` : ''}`,
      };
    seen.add(key);
    if (logged.sets.length === 0) return { path: `${path}.sets`, message: 'must hold at least one set' };
    const exercise = protocol.exercises.find((candidate) => candidate.id === logged.exerciseId);
    if (!exercise)
      return { path: `${path}.exerciseId`, message: `${logged.exerciseId} is not in the protocol` };
    for (const [setIndex, set] of logged.sets.entries()) {
      const problem = setProblem(
        exercise,
        prescribed(logged.exerciseId, logged.side),
        set,
        `${path}.sets.${setIndex}`,
      );
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Whether a prescription a phone showed lies on the exercise's own ladder: a rung's sets, reps, hold and
 * effort for a ladder, or reps within the range and a load reached by whole load steps for double
 * progression. A phone planning offline can only show such doses; anything else was not the engine's.
 *
 * @example
 * isOnLadder(exercise, startingPrescription(exercise)); // true
 */
export function isOnLadder(exercise: ExerciseDefinition, prescription: Prescription): boolean {
  const progression = exercise.progression;
  if (progression.kind === 'ladder') {
    const rung = moveOnLadder(progression, startingPrescription(exercise), prescription.step);
    return (
      rung.step === prescription.step &&
      rung.sets === prescription.sets &&
      rung.reps === prescription.reps &&
      rung.holdSeconds === prescription.holdSeconds &&
      rung.effort === prescription.effort
    );
  }
  const reps = prescription.reps ?? 0;
  const steps = progression.loadStepKg > 0 ? prescription.loadKg / progression.loadStepKg : 0;
  return (
    reps >= progression.minReps &&
    reps <= progression.maxReps &&
    prescription.sets >= 1 &&
    prescription.sets <= progression.maxSets &&
    prescription.loadKg >= 0 &&
    prescription.loadKg <= MAX_LOGGED_LOAD_KG &&
    Math.abs(steps - Math.round(steps)) < 1e-6
  );
}
