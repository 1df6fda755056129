import type { Side } from '../program/program.js';
import type { ExerciseId } from '../protocol/types.js';
import type { DayPlan, PlannedExercise } from './plan.js';

/** What a logged exercise entry's side says about the day's plan. */
export type LoggedSideMatch =
  | { kind: 'planned'; planned: PlannedExercise }
  /** The exercise is not in the plan on any side. */
  | { kind: 'not-planned' }
  /** The exercise is planned, but not on the side the log names. */
  | { kind: 'side-not-planned'; sides: readonly (Side | 'both')[] }
  /** The exercise is planned on each leg of a both-sides program and the log names none. */
  | { kind: 'side-needed'; sides: readonly (Side | 'both')[] };

/**
 * The planned exercise a logged entry was done as (CLINICAL 4c): the entry of its side, or, when the log
 * names no side (a phone from before programs could treat both sides), the exercise's only entry.
 *
 * @example
 * loggedSideMatch(plan, 'sidelying-abduction', 'left'); // { kind: 'planned', planned: { side: 'left', ... } }
 */
export function loggedSideMatch(
  plan: Pick<DayPlan, 'exercises'>,
  exerciseId: ExerciseId,
  side: Side | 'both' | undefined,
): LoggedSideMatch {
  const entries = plan.exercises.filter((planned) => planned.exerciseId === exerciseId);
  const sides = entries.map((planned) => planned.side);
  const [only] = entries;
  if (!only) return { kind: 'not-planned' };
  if (side === undefined)
    return entries.length === 1 ? { kind: 'planned', planned: only } : { kind: 'side-needed', sides };
  const planned = entries.find((candidate) => candidate.side === side);
  return planned ? { kind: 'planned', planned } : { kind: 'side-not-planned', sides };
}
