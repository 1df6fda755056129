import { addDays } from '../calendar/calendar.js';
import type { Prescription } from '../history/history.js';
import type { ExerciseId } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import { between } from './history-window.js';
import { recentLogsOf } from './recent-logs.js';
import type { Setback } from './setbacks.js';

/** Whether `next` asks more than `previous` in any way: load, rung, sets, reps or hold. */
export function isHigherDose(next: Prescription, previous: Prescription): boolean {
  return (
    next.loadKg > previous.loadKg ||
    next.step > previous.step ||
    next.sets > previous.sets ||
    (next.reps ?? 0) > (previous.reps ?? 0) ||
    (next.holdSeconds ?? 0) > (previous.holdSeconds ?? 0)
  );
}

/**
 * The exercises whose dose went up in the `recentProgressionDays` days up to the setback session: the
 * likely cause of the setback (CLINICAL 6), compared with each exercise's previous logged dose.
 */
export function progressedBefore(input: PlanInput, setback: Setback): ReadonlySet<ExerciseId> {
  const days = input.protocol.pain.recentProgressionDays;
  const from = addDays(setback.detectedOn, -days);
  const progressed = new Set<ExerciseId>();
  for (const session of between(input.history.sessionLogs, from, setback.sessionDate)) {
    for (const log of session.exercises) {
      const previous = recentLogsOf(input, log.exerciseId, session.date, 1)[0];
      if (previous && isHigherDose(log.prescription, previous.log.prescription))
        progressed.add(log.exerciseId);
    }
  }
  return progressed;
}

/**
 * Whether a next-morning setback regresses this exercise: yes if it was progressed in the days before the
 * setback, or if none was (then every exercise goes one step easier).
 */
export function regressesAfter(input: PlanInput, exerciseId: ExerciseId, setback: Setback): boolean {
  const progressed = progressedBefore(input, setback);
  return progressed.size === 0 || progressed.has(exerciseId);
}
