import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { ExerciseLog, SessionLog } from '../history/history.js';
import type { ExerciseId } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import { endIndexAfter } from './history-window.js';

/** How far back the engine looks for an exercise's last session; older work restarts at the first rung. */
export const EXERCISE_LOOKBACK_DAYS = 28;

export interface LoggedExercise {
  session: SessionLog;
  log: ExerciseLog;
}

/**
 * The exercise's logs before `date`, newest first, at most `limit`, within the lookback window.
 */
export function recentLogsOf(
  input: PlanInput,
  exerciseId: ExerciseId,
  date: IsoDate,
  limit: number,
): LoggedExercise[] {
  const sessions = input.history.sessionLogs;
  const oldest = addDays(date, -EXERCISE_LOOKBACK_DAYS);
  const found: LoggedExercise[] = [];
  for (let index = endIndexAfter(sessions, addDays(date, -1)) - 1; index >= 0; index -= 1) {
    const session = sessions[index];
    if (!session || session.date < oldest || found.length >= limit) break;
    for (let position = session.exercises.length - 1; position >= 0; position -= 1) {
      const log = session.exercises[position];
      if (log?.exerciseId === exerciseId && found.length < limit) found.push({ session, log });
    }
  }
  return found;
}

/** Highest exercise pain across every session logged on the day of `session`. */
export function highestPainOfDay(input: PlanInput, session: SessionLog): number {
  let highest = 0;
  const sessions = input.history.sessionLogs;
  for (let index = endIndexAfter(sessions, session.date) - 1; index >= 0; index -= 1) {
    const other = sessions[index];
    if (!other || other.date !== session.date) break;
    for (const exercise of other.exercises) highest = Math.max(highest, exercise.painScore);
  }
  return highest;
}
